import type { AxiosInstance } from 'axios';
import type { AuthStrategyFactory } from '../auth/auth-strategy';
import type { ClientHooks } from '../http/client-hooks';
import type { HttpTransport } from '../http/http-transport';
import type { ResponseValidator } from '../http/response-validator';
import type { BackoffSettings } from '../http/retry-policy';
import type { GatewayLogger, LogLevel } from '../logging/gateway-logger';
import type { GatewayProfileInput, GatewayProfileName } from './gateway-profile';

/** Settings of `createGatewayClient`. Every member has its default and environment variable stated. */
export interface GatewayClientSettings {
  /** The gateway URL, e.g. `https://lgsp.example.gov.vn:8243`. Env: `CHIASE_GATEWAY_URL`. Required. */
  gatewayUrl?: string;
  /**
   * The gateway profile: a built-in name or changes to one. Default: `reference`.
   * Env: `CHIASE_PROFILE` (a built-in name).
   */
  profile?: GatewayProfileName | GatewayProfileInput;
  /**
   * How calls authenticate: `clientCredentials(…)`, `customTokenEndpoint(…)`, `staticToken(…)` or
   * your own strategy. Default: client credentials from `consumerKey` and `consumerSecret`.
   */
  auth?: AuthStrategyFactory;
  /** Consumer key for the default client-credentials strategy. Env: `CHIASE_CONSUMER_KEY`. */
  consumerKey?: string;
  /** Consumer secret for the default client-credentials strategy. Env: `CHIASE_CONSUMER_SECRET`. */
  consumerSecret?: string;
  /** Per-attempt timeout in milliseconds (the whole answer must arrive). Default: 30 000. Env: none. */
  timeout?: number;
  /** Retries after the first attempt on transient faults. Default: 2. Env: none. */
  maxRetries?: number;
  /** Backoff bounds (exponential with full jitter). Default: 500 ms doubling up to 8 000 ms. */
  backoff?: BackoffSettings;
  /** Headers sent with every call, after the profile's. Default: none. */
  headers?: Record<string, string>;
  /** Where the client logs. Default: stderr, one line per event. */
  logger?: GatewayLogger;
  /** How much it logs. Default: `warn` (retries and failures). Env: `CHIASE_LOG_LEVEL`. */
  logLevel?: LogLevel;
  /** Request, response and retry hooks. Default: none. */
  hooks?: ClientHooks;
  /**
   * Strict mode: every answer is checked, and a mismatch throws `ResponseValidationError` naming each
   * JSON path. `true` checks the Decree 47/2020 artefacts in catalogue entries with `@chiase/schema`;
   * a function checks what you want by the contract's schema name. Default: off.
   */
  strict?: boolean | ResponseValidator;
  /** The axios instance to send with (interceptors, adapters, proxies). Default: a new instance. */
  axios?: AxiosInstance;
  /** Replaces the HTTP transport entirely (tests, other HTTP stacks). Default: axios. */
  transport?: HttpTransport;
  /** Jitter source returning numbers in [0, 1). Default: `Math.random`. */
  random?: () => number;
}
