import { ChiaseError, type LocalizedMessage } from '@chiase/schema';

const MARKER = 'chiase.provider.error';
const SYMBOL = Symbol.for(MARKER);

/** Options of every {@link ProviderError}. */
export interface ProviderErrorOptions {
  /** Stable machine-readable code, e.g. `provider.access_denied`. */
  code: string;
  /** What went wrong and what to do, in Vietnamese and English. Never holds a secret. */
  message: LocalizedMessage;
  /** The underlying error, if any. */
  cause?: unknown;
}

/** Base class of every error thrown by `@chiase/provider`. */
export class ProviderError extends ChiaseError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the brand is read through Symbol.for() in isInstance().
  private readonly [SYMBOL] = true;

  constructor(options: ProviderErrorOptions) {
    super(options);
    this.name = 'ProviderError';
  }

  /** True when `error` is a ProviderError from any installed copy of `@chiase/provider`. */
  static override isInstance(error: unknown): error is ProviderError {
    return ChiaseError.hasMarker(error, MARKER);
  }
}
