import { ChiaseError } from '@chiase/schema';
import { GatewayError, type GatewayErrorJson, type GatewayErrorOptions } from './gateway-error';

const CONNECTION = 'chiase.client.connection_error';
const TIMEOUT = 'chiase.client.timeout_error';
const ABORTED = 'chiase.client.aborted_error';
const CONNECTION_BRAND = Symbol.for(CONNECTION);
const TIMEOUT_BRAND = Symbol.for(TIMEOUT);
const ABORTED_BRAND = Symbol.for(ABORTED);

/** Options of a {@link ConnectionError}. */
export interface ConnectionErrorOptions extends GatewayErrorOptions {
  /** The system or TLS error code (`ECONNRESET`, `CERT_HAS_EXPIRED`…), when there was one. */
  systemCode?: string;
}

/**
 * The gateway could not be reached or the connection broke before a whole answer arrived (refused,
 * reset, DNS, TLS, a body cut short), after every allowed retry.
 */
export class ConnectionError extends GatewayError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: brand read through Symbol.for() in isInstance().
  private readonly [CONNECTION_BRAND] = true;
  /** The system or TLS error code (`ECONNRESET`, `UNABLE_TO_VERIFY_LEAF_SIGNATURE`…), if known. */
  readonly systemCode: string | undefined;
  constructor(options: ConnectionErrorOptions) {
    super(options);
    this.name = 'ConnectionError';
    this.systemCode = options.systemCode;
  }
  /** True when `error` is a ConnectionError (or TimeoutError) from any installed copy of `@chiase/client`. */
  static override isInstance(error: unknown): error is ConnectionError {
    return ChiaseError.hasMarker(error, CONNECTION);
  }
  /** The JSON form, with `systemCode`. */
  override toJSON(): GatewayErrorJson & { systemCode?: string } {
    return this.systemCode === undefined
      ? super.toJSON()
      : { ...super.toJSON(), systemCode: this.systemCode };
  }
}

/** Options of a {@link TimeoutError}. */
export interface TimeoutErrorOptions extends GatewayErrorOptions {
  /** The per-attempt timeout that elapsed, in milliseconds. */
  timeout: number;
}

/** No whole answer arrived within the per-attempt timeout, after every allowed retry. */
export class TimeoutError extends ConnectionError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: brand read through Symbol.for() in isInstance().
  private readonly [TIMEOUT_BRAND] = true;
  /** The per-attempt timeout that elapsed, in milliseconds. */
  readonly timeout: number;
  constructor(options: TimeoutErrorOptions) {
    super(options);
    this.name = 'TimeoutError';
    this.timeout = options.timeout;
  }
  /** True when `error` is a TimeoutError from any installed copy of `@chiase/client`. */
  static override isInstance(error: unknown): error is TimeoutError {
    return ChiaseError.hasMarker(error, TIMEOUT);
  }
}

/** The caller's `AbortSignal` fired: during the request, while waiting for a token or during a backoff. */
export class AbortedError extends GatewayError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: brand read through Symbol.for() in isInstance().
  private readonly [ABORTED_BRAND] = true;
  constructor(options: GatewayErrorOptions) {
    super(options);
    this.name = 'AbortedError';
  }
  /** True when `error` is an AbortedError from any installed copy of `@chiase/client`. */
  static override isInstance(error: unknown): error is AbortedError {
    return ChiaseError.hasMarker(error, ABORTED);
  }
}
