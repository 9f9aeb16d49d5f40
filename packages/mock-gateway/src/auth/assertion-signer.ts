import { generateKeyPairSync, type JsonWebKey, type KeyObject, randomBytes, sign } from 'node:crypto';

/** How long a forwarded consumer assertion is valid, in seconds. */
const ASSERTION_LIFETIME_SECONDS = 300;

/** The claims of a consumer assertion (the spec's `auth.keys`). */
export interface ConsumerAssertionClaims {
  /** The gateway that signs (`iss`). */
  readonly issuer: string;
  /** The service called (`aud`). */
  readonly serviceId: string;
  /** The consumer agency's e-ID (`sub`). */
  readonly agencyId: string;
  /** The connection account (`client_id`). */
  readonly clientId: string;
  /** The request id (`jti`). */
  readonly requestId: string;
  /** Signing time, ms since the epoch (the gateway's clock). */
  readonly now: number;
}

/** Signs the consumer assertions the gateway forwards to providers, and publishes its public key. */
export interface AssertionSigner {
  /** The key id named in every token's header. */
  readonly kid: string;
  /** The public keys as a JSON Web Key Set (RFC 7517 §5); never a private member. */
  jwks(): { keys: JsonWebKey[] };
  /** A compact ES256 JWT (RFC 7519) carrying `claims`, valid for five minutes. */
  sign(claims: ConsumerAssertionClaims): string;
}

const base64url = (bytes: Buffer | string) => Buffer.from(bytes).toString('base64url');

/**
 * A fresh P-256 key pair for one gateway (ES256, RFC 7518 §3.4: the signature is r‖s, not DER),
 * so a provider can verify with any JOSE library against `GET /jwks`.
 */
export function createAssertionSigner(): AssertionSigner {
  const { privateKey, publicKey }: { privateKey: KeyObject; publicKey: KeyObject } = generateKeyPairSync(
    'ec',
    { namedCurve: 'P-256' },
  );
  const kid = `mock-${randomBytes(6).toString('hex')}`;
  const publicJwk: JsonWebKey = { ...publicKey.export({ format: 'jwk' }), kid, use: 'sig', alg: 'ES256' };
  const header = base64url(JSON.stringify({ alg: 'ES256', typ: 'JWT', kid }));
  return {
    kid,
    jwks: () => ({ keys: [{ ...publicJwk }] }),
    sign(claims) {
      const iat = Math.floor(claims.now / 1000);
      const payload = base64url(
        JSON.stringify({
          iss: claims.issuer,
          aud: claims.serviceId,
          sub: claims.agencyId,
          client_id: claims.clientId,
          jti: claims.requestId,
          iat,
          exp: iat + ASSERTION_LIFETIME_SECONDS,
        }),
      );
      const input = `${header}.${payload}`;
      const signature = sign('sha256', Buffer.from(input), { key: privateKey, dsaEncoding: 'ieee-p1363' });
      return `${input}.${base64url(signature)}`;
    },
  };
}
