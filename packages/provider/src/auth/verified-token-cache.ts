import { createHash } from 'node:crypto';
import type { Consumer } from './consumer';

/** Settings of the cache of verified tokens kept by {@link jwtAuthenticator}. */
export interface VerifiedTokenCacheSettings {
  /** Most tokens remembered; the least recently used goes first. Default 1,000. */
  maxEntries?: number;
  /**
   * Seconds a verified token is trusted without checking its signature again, capped by its own
   * `exp`. This is also how long a key withdrawn from the gateway's JWKS may still be honoured for
   * tokens already seen. Default 60.
   */
  maxAgeSeconds?: number;
}

interface Entry {
  consumer: Consumer;
  /** Epoch ms after which the token is expired (its `exp` plus the clock tolerance). */
  expiresAt: number;
  /** Epoch ms before which the token is not yet valid (its `nbf` minus the clock tolerance). */
  notBefore: number;
  /** Epoch ms until which the entry may be used without verifying again. */
  trustedUntil: number;
}

/**
 * Remembers the consumers of tokens whose signature and claims were verified, so that a gateway that
 * forwards the same token on every call (WSO2 caches the JWT it generates per application) does not
 * pay a signature check per request. Expiry and not-before are checked again on every use. Keys are
 * SHA-256 digests of the tokens: the tokens themselves are not kept.
 */
export class VerifiedTokenCache {
  readonly #entries = new Map<string, Entry>();
  readonly #maxEntries: number;
  readonly #maxAgeMs: number;

  constructor(settings: VerifiedTokenCacheSettings = {}) {
    this.#maxEntries = settings.maxEntries ?? 1000;
    this.#maxAgeMs = (settings.maxAgeSeconds ?? 60) * 1000;
    if (!(Number.isInteger(this.#maxEntries) && this.#maxEntries >= 0)) {
      throw new RangeError('verifiedTokenCache.maxEntries must be an integer ≥ 0');
    }
    if (!(this.#maxAgeMs >= 0)) throw new RangeError('verifiedTokenCache.maxAgeSeconds must be ≥ 0');
  }

  /** Whether the cache keeps anything at all. */
  get enabled(): boolean {
    return this.#maxEntries > 0 && this.#maxAgeMs > 0;
  }

  /** The consumer of a token verified before and still valid at `now`, or undefined. */
  get(token: string, now: number): Consumer | undefined {
    if (!this.enabled) return undefined;
    const key = digest(token);
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    if (now >= entry.trustedUntil || now >= entry.expiresAt || now < entry.notBefore) {
      // Verified again from scratch, so that an expired token gets the verifier's own answer.
      this.#entries.delete(key);
      return undefined;
    }
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.consumer;
  }

  /**
   * Remembers a verified token's consumer. `claims.exp` and `claims.nbf` are in seconds (RFC 7519);
   * a token without `exp` is not remembered.
   */
  set(token: string, consumer: Consumer, now: number, toleranceMs: number): void {
    if (!this.enabled) return;
    const exp = consumer.claims?.exp;
    if (typeof exp !== 'number') return;
    const nbf = consumer.claims?.nbf;
    const entry: Entry = {
      consumer,
      expiresAt: exp * 1000 + toleranceMs,
      notBefore: typeof nbf === 'number' ? nbf * 1000 - toleranceMs : Number.NEGATIVE_INFINITY,
      trustedUntil: now + this.#maxAgeMs,
    };
    const key = digest(token);
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    if (this.#entries.size > this.#maxEntries) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
  }
}

function digest(token: string): string {
  return createHash('sha256').update(token).digest('base64');
}
