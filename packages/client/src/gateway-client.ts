import { Agent as HttpsAgent } from 'node:https';
import { rootCertificates } from 'node:tls';
import type { AuthContext, AuthStrategy } from './auth/auth-strategy';
import { clientCredentials } from './auth/client-credentials';
import type { GatewayClientSettings } from './config/client-settings';
import { CLIENT_VERSION } from './config/client-version';
import { type GatewayProfile, resolveGatewayProfile } from './config/gateway-profile';
import { ENVIRONMENT_VARIABLES, gatewaySettingsFromEnv } from './config/settings-from-env';
import { ConfigurationError } from './errors/configuration-error';
import { createAxiosTransport } from './http/axios-transport';
import type { GatewayRequest, RequestOptions, WithResponse } from './http/gateway-request';
import { RequestExecutor } from './http/request-executor';
import { DEFAULT_BACKOFF } from './http/retry-policy';
import { ClientLog, stderrLogger } from './logging/gateway-logger';
import { Redactor } from './logging/redactor';
import type { ResourceTransport } from './resources/api-resource';
import { CodeLists } from './resources/code-lists';
import { ConnectionRequests } from './resources/connection-requests';
import { Databases } from './resources/databases';
import { FocalPoints } from './resources/focal-points';
import { checkHealth } from './resources/health';
import { type InvokeRequest, invokeService } from './resources/invoke';
import { MasterData } from './resources/master-data';
import { National } from './resources/national';
import { OpenData } from './resources/open-data';
import { Services } from './resources/services';
import { fetchSigningKeys } from './resources/signing-keys';
import type { Health, JsonWebKeySet } from './resources/types';
import { artefactResponseValidator } from './validation/artefact-response-validator';

/** Options of `createGatewayClient` beyond the settings themselves. */
export interface CreateGatewayClientOptions {
  /**
   * Environment variables that fill settings not given in code (`CHIASE_GATEWAY_URL`,
   * `CHIASE_CONSUMER_KEY`, `CHIASE_CONSUMER_SECRET`, `CHIASE_PROFILE`, `CHIASE_LOG_LEVEL`).
   * Default: `process.env`; `false` reads none.
   */
  env?: Readonly<Record<string, string | undefined>> | false;
}

const DEFAULT_TIMEOUT = 30_000;
const DEFAULT_MAX_RETRIES = 2;

function missingSettings(names: string[]): ConfigurationError {
  const list = names.join(', ');
  return new ConfigurationError({
    code: 'client.settings_missing',
    names,
    message: {
      vi: `Thiếu cấu hình cổng: ${list}. Đặt các biến môi trường này hoặc truyền thiết lập tương ứng cho createGatewayClient().`,
      en: `Gateway settings are missing: ${list}. Set these environment variables or pass the matching settings to createGatewayClient().`,
    },
  });
}

function checkGatewayUrl(url: string): string {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (parsed === undefined || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
    throw new ConfigurationError({
      code: 'client.invalid_gateway_url',
      names: [ENVIRONMENT_VARIABLES.gatewayUrl],
      message: {
        vi: `URL cổng không hợp lệ (${ENVIRONMENT_VARIABLES.gatewayUrl}): cần dạng https://máy-chủ[:cổng][/đường-dẫn].`,
        en: `The gateway URL is not valid (${ENVIRONMENT_VARIABLES.gatewayUrl}): expected https://host[:port][/path].`,
      },
    });
  }
  return `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}`;
}

function httpsAgentFor(profile: GatewayProfile): HttpsAgent | undefined {
  if (profile.httpsAgent !== undefined) return profile.httpsAgent;
  if (profile.ca === undefined) return undefined;
  const extra = Array.isArray(profile.ca) ? profile.ca : [profile.ca];
  // Added to Node's roots, never replacing them; certificate checks stay on.
  return new HttpsAgent({ keepAlive: true, ca: [...rootCertificates, ...(extra as (string | Buffer)[])] });
}

/**
 * A client of one LGSP/NGSP gateway (openai-node's model): one object owns authentication, retries,
 * timeouts, headers and errors; resources hang off it (`client.services.list()`). Create it with
 * {@link createGatewayClient}.
 */
export class GatewayClient {
  /** The gateway profile in use. */
  readonly profile: GatewayProfile;
  /** The gateway URL (no trailing slash). */
  readonly gatewayUrl: string;
  /** The authentication strategy's name, e.g. `client-credentials`. */
  readonly authType: string;
  /** The catalogue of data-sharing services (Decree 47/2020 Art. 24–26). */
  readonly services: Services;
  /** The shared-database catalogue (Decree 47/2020 Art. 11.3–11.4). */
  readonly databases: Databases;
  /** Open datasets and distributions (Decree 47/2020 Art. 17–21). */
  readonly openData: OpenData;
  /** Agencies' data focal points (Decree 47/2020 Art. 7). */
  readonly focalPoints: FocalPoints;
  /** Connection requests and decisions (Decree 47/2020 Art. 35, 40). */
  readonly connectionRequests: ConnectionRequests;
  /** Common code lists (Decree 47/2020 Art. 34.1c). */
  readonly codeLists: CodeLists;
  /** Master data into the provincial warehouse (Decree 47/2020 Art. 34.1b). */
  readonly masterData: MasterData;
  /** National databases: snapshots, changes, subscriptions (TT 13/2017 Art. 21). */
  readonly national: National;
  readonly #executor: RequestExecutor;

  /** Use {@link createGatewayClient}; this constructor takes settings already merged with the environment. */
  constructor(settings: GatewayClientSettings) {
    const missing: string[] = [];
    if (settings.gatewayUrl === undefined) missing.push(ENVIRONMENT_VARIABLES.gatewayUrl);
    if (settings.auth === undefined) {
      if (settings.consumerKey === undefined) missing.push(ENVIRONMENT_VARIABLES.consumerKey);
      if (settings.consumerSecret === undefined) missing.push(ENVIRONMENT_VARIABLES.consumerSecret);
    }
    if (missing.length > 0 || settings.gatewayUrl === undefined) throw missingSettings(missing);
    this.gatewayUrl = checkGatewayUrl(settings.gatewayUrl);
    this.profile = resolveGatewayProfile(settings.profile);

    const redactor = new Redactor();
    const log = new ClientLog(settings.logger ?? stderrLogger, settings.logLevel ?? 'warn', redactor);
    const httpsAgent = httpsAgentFor(this.profile);
    const transport =
      settings.transport ??
      createAxiosTransport({
        ...(httpsAgent === undefined ? {} : { httpsAgent }),
        ...(settings.axios === undefined ? {} : { axios: settings.axios }),
      });
    for (const [name, value] of Object.entries({ ...this.profile.headers, ...settings.headers })) {
      // A credential passed as an extra header (an API key) is a secret like any other.
      if (/auth|key|token|secret/i.test(name)) redactor.pin(value);
    }
    this.#executor = new RequestExecutor({
      gatewayUrl: this.gatewayUrl,
      profile: this.profile,
      transport,
      timeout: settings.timeout ?? DEFAULT_TIMEOUT,
      maxRetries: settings.maxRetries ?? DEFAULT_MAX_RETRIES,
      backoff: { ...DEFAULT_BACKOFF, ...settings.backoff },
      headers: { ...this.profile.headers, ...settings.headers },
      userAgent: this.profile.userAgent ?? `chiase-client/${CLIENT_VERSION} node/${process.versions.node}`,
      log,
      redactor,
      hooks: settings.hooks ?? {},
      random: settings.random ?? Math.random,
      validateResponse:
        settings.strict === true
          ? artefactResponseValidator
          : settings.strict === false
            ? undefined
            : settings.strict,
    });

    const executor = this.#executor;
    const context: AuthContext = {
      profile: this.profile,
      fetchToken: async (request) => {
        const gatewayRequest: GatewayRequest<unknown> = {
          method: request.method ?? 'POST',
          path: request.url,
          anonymous: true,
          idempotent: true,
        };
        if (request.headers !== undefined) gatewayRequest.headers = request.headers;
        if (request.form !== undefined) gatewayRequest.form = request.form;
        if (request.json !== undefined) gatewayRequest.json = request.json;
        return (await executor.execute(gatewayRequest, {}, true)).data;
      },
      registerSecret: (secret, lifetime) =>
        lifetime === 'client' ? redactor.pin(secret) : redactor.remember(secret),
      now: () => Date.now(),
    };
    const factory =
      settings.auth ??
      clientCredentials({
        consumerKey: settings.consumerKey ?? '',
        consumerSecret: settings.consumerSecret ?? '',
      });
    const auth: AuthStrategy = factory(context);
    this.authType = auth.type;
    executor.auth = auth;
    const transportForResources: ResourceTransport = {
      execute: (request, options) => executor.execute(request, options),
    };
    this.services = new Services(transportForResources);
    this.databases = new Databases(transportForResources);
    this.openData = new OpenData(transportForResources);
    this.focalPoints = new FocalPoints(transportForResources);
    this.connectionRequests = new ConnectionRequests(transportForResources);
    this.codeLists = new CodeLists(transportForResources);
    this.masterData = new MasterData(transportForResources);
    this.national = new National(transportForResources);
    if (
      this.gatewayUrl.startsWith('http:') &&
      !/^http:\/\/(?:127\.|localhost|\[::1\])/.test(this.gatewayUrl)
    ) {
      log.write(
        'warn',
        `The gateway URL uses plain HTTP (${this.gatewayUrl}): credentials travel unencrypted.`,
      );
    }
  }

  /** Liveness and contract version of the gateway, without authentication (Decree 47/2020 Art. 27.1). */
  health(options?: RequestOptions): Promise<Health> {
    return checkHealth({ execute: (r, o) => this.#executor.execute(r, o) }, options);
  }

  /**
   * The gateway's public signing keys (JWKS, the profile's `jwksPath`), without authentication: a
   * provider verifies with them the consumer assertion of each relayed call (Decree 47/2020 Art. 40.1).
   */
  signingKeys(options?: RequestOptions): Promise<JsonWebKeySet> {
    return fetchSigningKeys(
      { execute: (r, o) => this.#executor.execute(r, o) },
      this.profile.jwksPath,
      options,
    );
  }

  /**
   * Calls a registered provider's data-sharing service through the gateway (Decree 47/2020 Art. 24.1,
   * 46.1) and returns its decoded answer (JSON, or XML as plain objects).
   */
  invoke<T = unknown>(serviceId: string, request?: InvokeRequest, options?: RequestOptions): Promise<T> {
    return invokeService<T>({ execute: (r, o) => this.#executor.execute(r, o) }, serviceId, request, options);
  }

  /**
   * Sends any call to the gateway and returns the decoded body: the way to reach an operation this
   * client has no method for. Authentication, retries and errors work as for every method.
   */
  async request<T = unknown>(request: GatewayRequest<T>, options?: RequestOptions): Promise<T> {
    return (await this.#executor.execute(request, options)).data;
  }

  /** Like {@link GatewayClient.request}, with the status, headers, request id and attempts of the answer. */
  requestWithResponse<T = unknown>(
    request: GatewayRequest<T>,
    options?: RequestOptions,
  ): Promise<WithResponse<T>> {
    return this.#executor.execute(request, options);
  }
}

/**
 * Creates a gateway client from settings in code, filling what is not given from environment
 * variables. Throws a `ConfigurationError` naming every missing variable (e.g.
 * `CHIASE_CONSUMER_SECRET`) or an invalid one.
 */
export function createGatewayClient(
  settings: GatewayClientSettings = {},
  options: CreateGatewayClientOptions = {},
): GatewayClient {
  const env = options.env === false ? {} : gatewaySettingsFromEnv(options.env ?? process.env);
  return new GatewayClient({ ...env, ...stripUndefined(settings) });
}

function stripUndefined(settings: GatewayClientSettings): GatewayClientSettings {
  return Object.fromEntries(
    Object.entries(settings).filter(([, v]) => v !== undefined),
  ) as GatewayClientSettings;
}
