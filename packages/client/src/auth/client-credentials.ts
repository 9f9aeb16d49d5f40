import type { CredentialPlacement } from '../config/gateway-profile';
import type { AuthContext, AuthStrategy, AuthStrategyFactory, Credentials } from './auth-strategy';
import { malformedTokenAnswer } from './malformed-token-answer';
import { TokenCache } from './token-cache';

/** Settings of {@link clientCredentials}. */
export interface ClientCredentialsSettings {
  /** The connection account's consumer key (client id). Env: `CHIASE_CONSUMER_KEY`. */
  consumerKey: string;
  /** The consumer secret; never logged nor put in an error. Env: `CHIASE_CONSUMER_SECRET`. */
  consumerSecret: string;
  /** Where key and secret go: HTTP Basic or form fields. Default: the profile's `credentialPlacement`. */
  placement?: CredentialPlacement;
  /** OAuth2 scope to request. Default: the profile's `scope` (none in the reference profile). */
  scope?: string;
  /** Path or absolute URL of the token endpoint. Default: the profile's `tokenPath` (`/token`). */
  tokenPath?: string;
  /** Renew a token this many milliseconds before it expires. Default: 60 000. */
  renewalMargin?: number;
}

const STRATEGY = 'client-credentials';

function readTokenAnswer(body: unknown): { accessToken: string; lifetime: number | undefined } {
  if (body === null || typeof body !== 'object') throw malformedTokenAnswer(STRATEGY, 'access_token');
  const b = body as Record<string, unknown>;
  if (typeof b.access_token !== 'string' || b.access_token === '') {
    throw malformedTokenAnswer(STRATEGY, 'access_token');
  }
  const expiresIn = typeof b.expires_in === 'string' ? Number(b.expires_in) : b.expires_in;
  const lifetime =
    typeof expiresIn === 'number' && Number.isFinite(expiresIn) && expiresIn > 0
      ? expiresIn * 1000
      : undefined;
  return { accessToken: b.access_token, lifetime };
}

/**
 * OAuth2 client credentials (RFC 6749 §4.4), as API-manager gateways issue tokens: `POST /token` with
 * `grant_type=client_credentials` and the consumer key and secret as HTTP Basic credentials or as
 * `client_id`/`client_secret` form fields (DOMAIN.md, "How real gateways behave"). Tokens are cached,
 * renewed before `expires_in` runs out, and requested once however many calls wait for one.
 */
export function clientCredentials(settings: ClientCredentialsSettings): AuthStrategyFactory {
  return (context: AuthContext): AuthStrategy => {
    const placement = settings.placement ?? context.profile.credentialPlacement;
    const scope = settings.scope ?? context.profile.scope;
    const url = settings.tokenPath ?? context.profile.tokenPath;
    // Most gateways read `key:secret` in Basic as is (WSO2 does); keys and secrets are URL-safe there.
    const basic = `Basic ${Buffer.from(`${settings.consumerKey}:${settings.consumerSecret}`).toString('base64')}`;
    context.registerSecret(settings.consumerSecret, 'client');
    context.registerSecret(basic.slice('Basic '.length), 'client');

    const cache = new TokenCache(
      async () => {
        const form: Record<string, string> = { grant_type: 'client_credentials' };
        if (scope !== undefined) form.scope = scope;
        if (placement === 'form') {
          form.client_id = settings.consumerKey;
          form.client_secret = settings.consumerSecret;
        }
        const headers = placement === 'basic' ? { Authorization: basic } : undefined;
        const body = await context.fetchToken(headers === undefined ? { url, form } : { url, form, headers });
        const token = readTokenAnswer(body);
        context.registerSecret(token.accessToken, 'token');
        return token;
      },
      settings.renewalMargin === undefined
        ? { now: context.now }
        : { now: context.now, renewalMargin: settings.renewalMargin },
    );

    return {
      type: STRATEGY,
      async authenticate(signal?: AbortSignal): Promise<Credentials> {
        const token = await cache.get(signal);
        return { headers: { Authorization: `Bearer ${token}` }, token };
      },
      invalidate(used: Credentials): boolean {
        if (used.token === undefined) return false;
        cache.invalidate(used.token);
        return true;
      },
    };
  };
}
