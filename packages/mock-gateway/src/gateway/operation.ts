import type { ConsumerSettings } from '../auth/consumer-settings';
import type { Clock } from '../clock/clock';
import type { HttpMethod } from '../http/http-method';
import type { GatewayState } from '../state/gateway-state';

/** What an operation handler gets for one request. */
export interface OperationContext {
  /** The request (its body already read into {@link body}). */
  readonly request: Request;
  /** The request URL. */
  readonly url: URL;
  /** Decoded path parameters. */
  readonly params: Readonly<Record<string, string>>;
  /** The query parameters. */
  readonly query: URLSearchParams;
  /** The request's raw body (empty when none). */
  readonly body: Uint8Array;
  /** SHA-256 of `body` as hex, computed once (by the Node face while the body arrived). */
  bodySha256(): string;
  /** The request id sent back in `X-Request-Id`. */
  readonly requestId: string;
  /** The authenticated consumer; `undefined` only for operations without authentication. */
  readonly consumer: ConsumerSettings | undefined;
  /** The gateway's state. */
  readonly state: GatewayState;
  /** The gateway's clock. */
  readonly clock: Clock;
  /** The gateway's base URL (no trailing slash), for `Location` headers. */
  readonly baseUrl: string;
  /**
   * The body parsed as JSON.
   *
   * @throws ProblemError `unsupported_media_type` (415) when it is not JSON, `invalid_request` (400)
   *   when it does not parse.
   */
  json(): unknown;
  /** Records that the consumer of this request is `key` (for the request log of unauthenticated calls). */
  identify(key: string): void;
}

/** One operation of the spec as the mock serves it. */
export interface OperationDefinition {
  /** The spec's operationId. */
  readonly operationId: string;
  /** The spec's tag (API group), used for permissions. */
  readonly group: string;
  /** HTTP method. */
  readonly method: HttpMethod;
  /** OpenAPI path template. */
  readonly path: string;
  /** False for operations without Bearer authentication (token, health). Default true. */
  readonly authenticated?: boolean;
  /** Answers one request. Throw `ProblemError` to answer with a problem. */
  handle(context: OperationContext): Response | Promise<Response>;
}
