import type { AuthContext, AuthStrategy, AuthStrategyFactory, Credentials } from './auth-strategy';
import { malformedTokenAnswer } from './malformed-token-answer';
import { TokenCache } from './token-cache';

/** A token as {@link CustomTokenEndpointSettings.read} returns it. */
export interface CustomTokenAnswer {
  /** The access token. */
  accessToken: string;
  /**
   * When it expires: a `Date`, an RFC 3339 string or epoch milliseconds. Undefined: kept until the
   * gateway answers 401.
   */
  expiresAt?: Date | string | number;
}

/** Settings of {@link customTokenEndpoint}. */
export interface CustomTokenEndpointSettings {
  /** Path (from the gateway URL) or absolute URL of the token endpoint. */
  url: string;
  /** HTTP method. Default: `POST`. */
  method?: 'POST' | 'GET';
  /** Headers of the token request, e.g. `{ Auth: '…' }`. Every value is treated as a secret. */
  headers?: Record<string, string>;
  /** Form fields of the token request; values named like secrets are never logged. */
  form?: Record<string, string>;
  /** JSON body of the token request. */
  json?: unknown;
  /**
   * Reads the answer. Default: `{ token, refreshToken, expiryDate }` (as one provincial gateway
   * answers), also accepting `accessToken`/`access_token` and `expiresIn`/`expires_in` (seconds).
   */
  read?: (body: unknown) => CustomTokenAnswer;
  /** Header that carries the token on calls. Default: `Authorization`. */
  header?: string;
  /** Scheme before the token; empty for none. Default: `Bearer`. */
  scheme?: string;
  /** Renew a token this many milliseconds before it expires. Default: 60 000. */
  renewalMargin?: number;
}

const STRATEGY = 'custom-token-endpoint';

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Reads `{ token, refreshToken, expiryDate }` and the common variants of those names. */
export function readCustomTokenAnswer(body: unknown): CustomTokenAnswer {
  if (body === null || typeof body !== 'object') throw malformedTokenAnswer(STRATEGY, 'token');
  const b = body as Record<string, unknown>;
  const accessToken = str(b.token) ?? str(b.accessToken) ?? str(b.access_token);
  if (accessToken === undefined) throw malformedTokenAnswer(STRATEGY, 'token');
  const expiryDate = b.expiryDate ?? b.expiresAt ?? b.expires_at;
  if (typeof expiryDate === 'string' || typeof expiryDate === 'number')
    return { accessToken, expiresAt: expiryDate };
  const expiresIn = Number(b.expiresIn ?? b.expires_in);
  if (Number.isFinite(expiresIn) && expiresIn > 0)
    return { accessToken, expiresAt: Date.now() + expiresIn * 1000 };
  return { accessToken };
}

function expiryMillis(expiresAt: CustomTokenAnswer['expiresAt']): number | undefined {
  if (expiresAt === undefined) return undefined;
  const ms =
    expiresAt instanceof Date
      ? expiresAt.getTime()
      : typeof expiresAt === 'number'
        ? expiresAt
        : Date.parse(expiresAt);
  return Number.isFinite(ms) ? ms : undefined;
}

/**
 * A token from a gateway's own endpoint instead of OAuth2 (DOMAIN.md: one province issues tokens
 * from a custom endpoint with a custom `Auth` header and answers `{ token, refreshToken, expiryDate }`).
 * Cached, renewed before `expiryDate`, single-flight, re-requested once on a 401 like OAuth2 tokens.
 */
export function customTokenEndpoint(settings: CustomTokenEndpointSettings): AuthStrategyFactory {
  return (context: AuthContext): AuthStrategy => {
    for (const value of Object.values(settings.headers ?? {})) context.registerSecret(value, 'client');
    const read = settings.read ?? readCustomTokenAnswer;
    const header = settings.header ?? 'Authorization';
    const scheme = settings.scheme ?? 'Bearer';
    const cache = new TokenCache(
      async () => {
        const request: Parameters<AuthContext['fetchToken']>[0] = { url: settings.url };
        if (settings.method !== undefined) request.method = settings.method;
        if (settings.headers !== undefined) request.headers = settings.headers;
        if (settings.form !== undefined) request.form = settings.form;
        if (settings.json !== undefined) request.json = settings.json;
        const answer = read(await context.fetchToken(request));
        if (typeof answer.accessToken !== 'string' || answer.accessToken === '') {
          throw malformedTokenAnswer(STRATEGY, 'token');
        }
        context.registerSecret(answer.accessToken, 'token');
        const expiresAt = expiryMillis(answer.expiresAt);
        const lifetime = expiresAt === undefined ? undefined : Math.max(0, expiresAt - context.now());
        return { accessToken: answer.accessToken, lifetime };
      },
      settings.renewalMargin === undefined
        ? { now: context.now }
        : { now: context.now, renewalMargin: settings.renewalMargin },
    );
    return {
      type: STRATEGY,
      async authenticate(signal?: AbortSignal): Promise<Credentials> {
        const token = await cache.get(signal);
        return { headers: { [header]: scheme === '' ? token : `${scheme} ${token}` }, token };
      },
      invalidate(used: Credentials): boolean {
        if (used.token === undefined) return false;
        cache.invalidate(used.token);
        return true;
      },
    };
  };
}
