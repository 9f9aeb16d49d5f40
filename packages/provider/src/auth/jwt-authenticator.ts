import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors,
  type JSONWebKeySet,
  type JWTPayload,
  type JWTVerifyGetKey,
  jwtVerify,
} from 'jose';
import { ProviderConfigurationError } from '../errors/provider-configuration-error';
import { RequestRejectedError } from '../errors/request-rejected-error';
import { authenticationRejection } from './authentication-rejection';
import type { Consumer, ConsumerAuthenticator } from './consumer';
import { consumerFromIdentity } from './consumer-identity';
import { VerifiedTokenCache, type VerifiedTokenCacheSettings } from './verified-token-cache';

/** Settings of {@link jwtAuthenticator}. */
export interface JwtAuthenticatorSettings {
  /** The gateway's JWKS URL (fetched and cached by `createRemoteJWKSet`). Give this or `keys`. */
  jwksUrl?: string | URL;
  /** A local JSON Web Key Set. Give this or `jwksUrl`. */
  keys?: JSONWebKeySet;
  /** Accepted `iss` values: the gateway that signs. Required. */
  issuer: string | readonly string[];
  /** Accepted `aud` values: this provider. Required. */
  audience: string | readonly string[];
  /** Seconds of clock difference tolerated on `exp`, `nbf` and `iat`. Default 30. */
  clockToleranceSeconds?: number;
  /**
   * The header carrying the token. Default `authorization` (`Bearer <jwt>`); gateways built on WSO2
   * forward the consumer as `x-jwt-assertion` (the bare token).
   */
  header?: string;
  /** The claim holding the consumer's agency e-ID. Default `sub`. */
  consumerClaim?: string;
  /** Accepted signature algorithms. Default RS256, PS256, ES256, EdDSA. */
  algorithms?: readonly string[];
  /**
   * Remembers verified tokens, so that the same token forwarded again costs no signature check;
   * `exp` and `nbf` are still checked on every request. `false` verifies every request. Default
   * `{ maxEntries: 1000, maxAgeSeconds: 60 }`: a key withdrawn from the JWKS stops being honoured
   * for tokens already seen within 60 s.
   */
  verifiedTokenCache?: VerifiedTokenCacheSettings | false;
  /** The clock, for tests. Default `() => new Date()`. */
  now?: () => Date;
}

const DEFAULT_ALGORITHMS = ['RS256', 'PS256', 'ES256', 'EdDSA'];

function tokenOf(request: Request, header: string): string | undefined {
  const value = request.headers.get(header);
  if (value === null || value.trim() === '') return undefined;
  if (header !== 'authorization') return value.trim();
  const match = /^Bearer\s+(\S+)\s*$/i.exec(value);
  return match?.[1];
}

function rejectionOf(error: unknown): RequestRejectedError {
  if (error instanceof errors.JWTExpired) {
    return authenticationRejection(
      'provider.token_expired',
      { vi: 'Mã truy cập (JWT) đã hết hạn.', en: 'The access token (JWT) has expired.' },
      'Bearer',
      error,
    );
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    const claim = error.claim;
    const [vi, en] =
      claim === 'aud'
        ? [
            'Mã truy cập (JWT) không dành cho dịch vụ này (aud sai).',
            'The access token (JWT) is not for this provider (wrong aud).',
          ]
        : claim === 'iss'
          ? [
              'Mã truy cập (JWT) không do nền tảng tin cậy cấp (iss sai).',
              'The access token (JWT) was not issued by a trusted gateway (wrong iss).',
            ]
          : [
              `Mã truy cập (JWT) có trường "${claim}" không hợp lệ.`,
              `The access token (JWT) has an invalid "${claim}" claim.`,
            ];
    return authenticationRejection(`provider.token_claim_${claim}`, { vi, en }, 'Bearer', error);
  }
  if (
    error instanceof errors.JWKSTimeout ||
    (error instanceof errors.JOSEError && error.code === 'ERR_JOSE_GENERIC')
  ) {
    return new RequestRejectedError({
      status: 503,
      code: 'provider.jwks_unavailable',
      message: {
        vi: 'Không lấy được khóa công khai (JWKS) để kiểm tra mã truy cập; hãy thử lại sau.',
        en: 'The public keys (JWKS) to verify the access token could not be fetched; try again later.',
      },
      headers: { 'Retry-After': '5' },
      cause: error,
    });
  }
  return authenticationRejection(
    'provider.token_invalid',
    {
      vi: 'Mã truy cập (JWT) không hợp lệ: sai chữ ký, khóa không xác định hoặc sai định dạng.',
      en: 'The access token (JWT) is invalid: bad signature, unknown key or malformed.',
    },
    'Bearer',
    error,
  );
}

/**
 * Authenticates the consumer from the JWT the gateway forwards: signature through a JWKS (remote
 * or local) with `jose`, then issuer, audience, expiry and not-before with a clock tolerance; the
 * consumer is the agency e-ID in `consumerClaim`, checked against QĐ 20/2020/QĐ-TTg.
 */
export function jwtAuthenticator(settings: JwtAuthenticatorSettings): ConsumerAuthenticator {
  let keys: JWTVerifyGetKey;
  if (settings.jwksUrl !== undefined) keys = createRemoteJWKSet(new URL(settings.jwksUrl));
  else if (settings.keys !== undefined) keys = createLocalJWKSet(settings.keys);
  else {
    throw new ProviderConfigurationError('provider.jwt_keys_missing', {
      vi: 'Cần jwksUrl hoặc keys để kiểm tra chữ ký mã truy cập (JWT).',
      en: 'jwksUrl or keys is needed to verify access-token (JWT) signatures.',
    });
  }
  const header = (settings.header ?? 'authorization').toLowerCase();
  const claim = settings.consumerClaim ?? 'sub';
  const options = {
    issuer: typeof settings.issuer === 'string' ? settings.issuer : [...settings.issuer],
    audience: typeof settings.audience === 'string' ? settings.audience : [...settings.audience],
    clockTolerance: settings.clockToleranceSeconds ?? 30,
    algorithms: [...(settings.algorithms ?? DEFAULT_ALGORITHMS)],
  };
  const cache = new VerifiedTokenCache(
    settings.verifiedTokenCache === false ? { maxEntries: 0 } : settings.verifiedTokenCache,
  );
  const toleranceMs = options.clockTolerance * 1000;
  return {
    async authenticate(request): Promise<Consumer | undefined> {
      const token = tokenOf(request, header);
      if (token === undefined) return undefined;
      const currentDate = settings.now?.();
      const now = currentDate?.getTime() ?? Date.now();
      const known = cache.get(token, now);
      if (known !== undefined) return known;
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, keys, currentDate ? { ...options, currentDate } : options));
      } catch (error) {
        throw rejectionOf(error);
      }
      const id = payload[claim];
      const consumer = consumerFromIdentity(typeof id === 'string' ? id : undefined, 'jwt', payload);
      cache.set(token, consumer, now, toleranceMs);
      return consumer;
    },
  };
}
