import type { HttpMethod } from './gateway-request';

/** What `beforeRequest` sees of an attempt. Credentials are never in `headers`. */
export interface BeforeRequestContext {
  /** HTTP method. */
  readonly method: HttpMethod;
  /** Absolute URL, query included. */
  readonly url: string;
  /** Headers to send, without credentials; the hook may add or change headers here. */
  readonly headers: Record<string, string>;
  /** 1 for the first attempt. */
  readonly attempt: number;
  /** The call's request id. */
  readonly requestId: string;
}

/** What `afterResponse` sees of an answer (whatever its status). */
export interface AfterResponseContext {
  /** HTTP method. */
  readonly method: HttpMethod;
  /** Absolute URL, query included. */
  readonly url: string;
  /** HTTP status. */
  readonly status: number;
  /** Response headers, lower-case names. */
  readonly headers: Readonly<Record<string, string>>;
  /** 1 for the first attempt. */
  readonly attempt: number;
  /** The call's request id. */
  readonly requestId: string;
  /** Milliseconds from sending to the whole answer. */
  readonly duration: number;
}

/** Why an attempt is retried. */
export type RetryReason = 'status' | 'connection' | 'timeout' | 'invalid_body';

/** What `beforeRetry` sees: the failed attempt and the wait before the next one. */
export interface BeforeRetryContext {
  /** HTTP method. */
  readonly method: HttpMethod;
  /** Absolute URL, query included. */
  readonly url: string;
  /** The attempt that failed (1 for the first). */
  readonly attempt: number;
  /** Why it is retried. */
  readonly reason: RetryReason;
  /** The status, when the gateway answered. */
  readonly status?: number;
  /** The wait before the next attempt, in milliseconds (Retry-After, or backoff with jitter). */
  readonly delay: number;
  /** The call's request id. */
  readonly requestId: string;
}

/**
 * Hooks into every call (openai-node's and ky's model): observe or decorate attempts. A hook that
 * throws fails the call with its error. Default: none.
 */
export interface ClientHooks {
  /** Before each attempt is sent; may change `headers`. */
  beforeRequest?: (context: BeforeRequestContext) => void | Promise<void>;
  /** After each answer arrives, before it is classified. */
  afterResponse?: (context: AfterResponseContext) => void | Promise<void>;
  /** Before the wait that precedes a retry. */
  beforeRetry?: (context: BeforeRetryContext) => void | Promise<void>;
}
