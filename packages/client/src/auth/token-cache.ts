import { raceAbort } from '../http/abortable-sleep';

/** A token as an endpoint issued it. */
export interface IssuedToken {
  /** The access token. */
  readonly accessToken: string;
  /** Lifetime in milliseconds from issue; undefined when the endpoint gave none (kept until a 401). */
  readonly lifetime: number | undefined;
}

interface CachedToken {
  readonly accessToken: string;
  /** Epoch milliseconds after which a new token is requested before use. */
  readonly renewAt: number;
}

/** Default {@link TokenCacheOptions.renewalMargin}: one minute. */
export const DEFAULT_RENEWAL_MARGIN = 60_000;

/** Options of a {@link TokenCache}. */
export interface TokenCacheOptions {
  /**
   * How long before expiry a token is renewed, in milliseconds. Default: 60 000. Never more than
   * half the token's lifetime, so a short-lived token is still used.
   */
  renewalMargin?: number;
  /** The clock, in epoch milliseconds. Default: `Date.now`. */
  now?: () => number;
}

/**
 * Caches one access token and renews it before it expires. Requests are single-flight: however many
 * calls need a token at once, one token request is made and all of them share its answer.
 */
export class TokenCache {
  readonly #fetch: () => Promise<IssuedToken>;
  readonly #margin: number;
  readonly #now: () => number;
  #current: CachedToken | undefined;
  #pending: Promise<CachedToken> | undefined;

  constructor(fetch: () => Promise<IssuedToken>, options: TokenCacheOptions = {}) {
    this.#fetch = fetch;
    this.#margin = Math.max(0, options.renewalMargin ?? DEFAULT_RENEWAL_MARGIN);
    this.#now = options.now ?? Date.now;
  }

  /**
   * A valid token: the cached one, or the answer of the token request in flight, or a new request.
   * `signal` lets one caller stop waiting without cancelling the request others share.
   */
  async get(signal?: AbortSignal): Promise<string> {
    const current = this.#current;
    if (current !== undefined && this.#now() < current.renewAt) return current.accessToken;
    if (this.#pending === undefined) {
      const pending = this.#issue();
      this.#pending = pending;
      // Cleared on success and failure alike, so that a failed request is not cached.
      pending.then(
        () => this.#clearPending(pending),
        () => this.#clearPending(pending),
      );
    }
    const token = await raceAbort(this.#pending, signal);
    return token.accessToken;
  }

  /** Forgets `accessToken` if it is the cached one (the gateway refused it); a newer token is kept. */
  invalidate(accessToken: string): void {
    if (this.#current?.accessToken === accessToken) this.#current = undefined;
  }

  async #issue(): Promise<CachedToken> {
    const issued = await this.#fetch();
    const now = this.#now();
    const lifetime = issued.lifetime;
    const renewAt =
      lifetime === undefined
        ? Number.POSITIVE_INFINITY
        : now + Math.max(lifetime - this.#margin, Math.floor(lifetime / 2));
    const cached = { accessToken: issued.accessToken, renewAt };
    this.#current = cached;
    return cached;
  }

  #clearPending(pending: Promise<CachedToken>): void {
    if (this.#pending === pending) this.#pending = undefined;
  }
}
