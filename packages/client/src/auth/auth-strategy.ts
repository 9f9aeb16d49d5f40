import type { GatewayProfile } from '../config/gateway-profile';

/** The credentials of one call: headers to send, and the token they carry (to recognise a stale one on 401). */
export interface Credentials {
  /** Headers that authenticate the call, e.g. `{ Authorization: 'Bearer …' }`. */
  readonly headers: Readonly<Record<string, string>>;
  /** The access token inside the headers, when the strategy issues tokens. */
  readonly token?: string;
}

/** A token request as a strategy describes it; the client sends it without credentials of its own. */
export interface TokenRequest {
  /** Path from the gateway root (`/token`) or an absolute URL. */
  url: string;
  /** HTTP method. Default: `POST`. */
  method?: 'POST' | 'GET';
  /** Headers of the token request (e.g. HTTP Basic credentials or a custom `Auth` header). */
  headers?: Readonly<Record<string, string>>;
  /** Form fields, sent as `application/x-www-form-urlencoded`. */
  form?: Readonly<Record<string, string>>;
  /** A JSON body. */
  json?: unknown;
}

/**
 * What the client gives an auth strategy when it is created: a way to reach the token endpoint and
 * to keep secrets out of logs and errors. The strategy never sees the HTTP library.
 */
export interface AuthContext {
  /** The gateway profile in use. */
  readonly profile: GatewayProfile;
  /**
   * Sends a token request through the client's transport (retried on connection faults, 429 and 503)
   * and returns the decoded body. A refusal (400, 401, 403) throws an `AuthenticationError` with code
   * `gateway.token_rejected`.
   */
  fetchToken(request: TokenRequest): Promise<unknown>;
  /**
   * Registers a secret so that it never appears in logs or errors: `client` for the client's lifetime
   * (a consumer secret), `token` for a short-lived issued token.
   */
  registerSecret(secret: string, lifetime: 'client' | 'token'): void;
  /** The current time in epoch milliseconds (the client's clock). */
  now(): number;
}

/**
 * An authentication strategy (octokit's model): it returns the credentials of a call and says
 * whether a 401 is worth one more attempt with fresh credentials. The client never knows which
 * strategy it holds.
 */
export interface AuthStrategy {
  /** A name for logs, e.g. `client-credentials`. */
  readonly type: string;
  /** The credentials for the next call; concurrent callers share one token request. */
  authenticate(signal?: AbortSignal): Promise<Credentials>;
  /**
   * The gateway answered 401 to a call made with `used`. Forgets `used` if it is still cached and
   * returns true when new credentials may succeed (the client then retries once).
   */
  invalidate(used: Credentials): boolean;
}

/** Creates a strategy for one client; what `clientCredentials()`, `customTokenEndpoint()` and `staticToken()` return. */
export type AuthStrategyFactory = (context: AuthContext) => AuthStrategy;
