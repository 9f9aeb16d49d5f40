import { ChiaseError, type LocalizedMessage } from '@chiase/schema';
import { ProviderError } from './provider-error';

const MARKER = 'chiase.provider.request_rejected';
const SYMBOL = Symbol.for(MARKER);

/** Options of a {@link RequestRejectedError}. */
export interface RequestRejectedOptions {
  /** HTTP status answered, e.g. 403. */
  status: number;
  /** Stable machine-readable code, e.g. `provider.access_denied`. */
  code: string;
  /** Why, in Vietnamese and English; shown to the consumer, so it never holds a secret. */
  message: LocalizedMessage;
  /** Response headers to add, e.g. `Retry-After`. */
  headers?: Readonly<Record<string, string>>;
  /** The underlying error, kept for the provider's logs only. */
  cause?: unknown;
}

/**
 * A consumer's request the provider refuses: it becomes an RFC 9457 problem answer with `status`,
 * and a sharing-log entry with outcome `refused` (Decree 47/2020 Art. 45.2d).
 */
export class RequestRejectedError extends ProviderError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the brand is read through Symbol.for() in isInstance().
  private readonly [SYMBOL] = true;
  /** HTTP status answered. */
  readonly status: number;
  /** Extra response headers. */
  readonly headers: Readonly<Record<string, string>>;

  constructor(options: RequestRejectedOptions) {
    super({ code: options.code, message: options.message, cause: options.cause });
    this.name = 'RequestRejectedError';
    this.status = options.status;
    this.headers = options.headers ?? {};
  }

  /** True when `error` is a RequestRejectedError from any installed copy. */
  static override isInstance(error: unknown): error is RequestRejectedError {
    return ChiaseError.hasMarker(error, MARKER);
  }
}
