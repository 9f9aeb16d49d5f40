import { ChiaseError, type LocalizedMessage } from '@chiase/schema';
import type { ProblemDetails } from '../http/problem-details';

const MARKER = 'chiase.client.gateway_error';
const SYMBOL = Symbol.for(MARKER);

/**
 * What every gateway error is built from. Callers pass values that are already redacted: an error
 * never holds request headers, request bodies or raw transport objects, so nothing secret can reach
 * its message, `toJSON()`, `stack` or `util.inspect` output.
 */
export interface GatewayErrorOptions {
  /** Stable machine-readable code, e.g. `gateway.not_found`. */
  code: string;
  /** What went wrong and what to do, in Vietnamese and English. */
  message: LocalizedMessage;
  /** A sanitised underlying error (never a raw axios error: it holds the request headers). */
  cause?: unknown;
  /** HTTP status, when the gateway answered. */
  status?: number;
  /** The `X-Request-Id` of the call (the gateway's echo, or the id the client sent). */
  requestId?: string;
  /** HTTP method of the call. */
  method?: string;
  /** URL path of the call, without the query string (queries may carry secrets). */
  path?: string;
  /** The RFC 9457 problem document of the answer, when there was one. */
  problem?: ProblemDetails;
  /** Response headers (lower-case names), with cookies and credentials removed. */
  headers?: Readonly<Record<string, string>>;
}

/** The JSON form of a {@link GatewayError} (`JSON.stringify(error)`), safe to log. */
export interface GatewayErrorJson {
  /** Class name, e.g. `NotFoundError`. */
  name: string;
  /** Stable machine-readable code. */
  code: string;
  /** English message. */
  message: string;
  /** Vietnamese and English message. */
  localized: LocalizedMessage;
  /** HTTP status, when the gateway answered. */
  status?: number;
  /** Request id. */
  requestId?: string;
  /** HTTP method. */
  method?: string;
  /** URL path without query. */
  path?: string;
  /** Problem document. */
  problem?: ProblemDetails;
}

/**
 * Base class of every error `@chiase/client` throws about a call: HTTP errors by status, connection
 * failures, timeouts, aborts and unreadable or invalid responses. Other statuses (e.g. 405, 410)
 * are thrown as a plain `GatewayError`. `isInstance()` works across duplicate installs.
 */
export class GatewayError extends ChiaseError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the brand is read through Symbol.for() in isInstance().
  private readonly [SYMBOL] = true;
  /** HTTP status, when the gateway answered; undefined for connection errors, timeouts and aborts. */
  readonly status: number | undefined;
  /** The `X-Request-Id` of the call: quote it when you report a problem to the gateway operator. */
  readonly requestId: string | undefined;
  /** HTTP method of the call. */
  readonly method: string | undefined;
  /** URL path of the call, without the query string. */
  readonly path: string | undefined;
  /** The RFC 9457 problem document the gateway returned, if any. */
  readonly problem: ProblemDetails | undefined;
  /** Response headers (lower-case names) without cookies or credentials; empty without a response. */
  readonly headers: Readonly<Record<string, string>>;

  constructor(options: GatewayErrorOptions) {
    super({ code: options.code, message: options.message, cause: options.cause });
    this.name = 'GatewayError';
    this.status = options.status;
    this.requestId = options.requestId;
    this.method = options.method;
    this.path = options.path;
    this.problem = options.problem;
    this.headers = options.headers ?? {};
  }

  /** True when `error` is a GatewayError (of any subclass) from any installed copy of `@chiase/client`. */
  static override isInstance(error: unknown): error is GatewayError {
    return ChiaseError.hasMarker(error, MARKER);
  }

  /** A plain, secret-free object for logs and API answers. */
  toJSON(): GatewayErrorJson {
    const json: GatewayErrorJson = {
      name: this.name,
      code: this.code,
      message: this.message,
      localized: this.localized,
    };
    if (this.status !== undefined) json.status = this.status;
    if (this.requestId !== undefined) json.requestId = this.requestId;
    if (this.method !== undefined) json.method = this.method;
    if (this.path !== undefined) json.path = this.path;
    if (this.problem !== undefined) json.problem = this.problem;
    return json;
  }
}
