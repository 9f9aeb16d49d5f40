import { randomBytes } from 'node:crypto';
import type { Clock } from '../clock/clock';

/** An access token the gateway issued. */
export interface IssuedToken {
  /** The bearer token itself. */
  readonly accessToken: string;
  /** The consumer key it was issued to. */
  readonly consumerKey: string;
  /** When it stops being valid (epoch ms, gateway clock). */
  readonly expiresAt: number;
}

/** Outcome of {@link TokenStore.verify}. */
export type TokenCheck =
  | { readonly kind: 'valid'; readonly token: IssuedToken }
  | { readonly kind: 'expired' }
  | { readonly kind: 'unknown' };

/** The access tokens issued by `POST /token`, with their expiry on the gateway clock. */
export class TokenStore {
  private readonly tokens = new Map<string, IssuedToken>();

  constructor(
    private readonly clock: Clock,
    private readonly lifetimeSeconds: number,
  ) {}

  /** Token lifetime in seconds, as `expires_in` reports it. */
  get lifetime(): number {
    return this.lifetimeSeconds;
  }

  /** Issues a new token to `consumerKey`. */
  issue(consumerKey: string): IssuedToken {
    const token: IssuedToken = {
      accessToken: randomBytes(24).toString('base64url'),
      consumerKey,
      expiresAt: this.clock.now() + this.lifetimeSeconds * 1000,
    };
    this.tokens.set(token.accessToken, token);
    return token;
  }

  /** Whether `accessToken` is valid now. */
  verify(accessToken: string): TokenCheck {
    const token = this.tokens.get(accessToken);
    if (token === undefined) return { kind: 'unknown' };
    if (this.clock.now() >= token.expiresAt) return { kind: 'expired' };
    return { kind: 'valid', token };
  }

  /** Makes every token of `consumerKey` (or every token) unknown, e.g. to simulate a gateway restart. */
  revoke(consumerKey?: string): void {
    for (const [value, token] of this.tokens) {
      if (consumerKey === undefined || token.consumerKey === consumerKey) this.tokens.delete(value);
    }
  }

  /** Number of tokens issued and not revoked (expired ones included). */
  get size(): number {
    return this.tokens.size;
  }
}
