import { createHash } from 'node:crypto';
import type { Clock } from '../clock/clock';

/** A response kept for replay: what the client saw the first time. */
export interface StoredResponse {
  readonly status: number;
  readonly headers: readonly (readonly [string, string])[];
  readonly body: Uint8Array;
}

/** Outcome of {@link IdempotencyStore.begin}. */
export type IdempotencyDecision =
  | { readonly kind: 'new'; complete(response: StoredResponse | undefined): void }
  | { readonly kind: 'replay'; readonly response: StoredResponse }
  | { readonly kind: 'mismatch' }
  | { readonly kind: 'in-flight' };

interface Record_ {
  readonly fingerprint: string;
  readonly expiresAt: number;
  response: StoredResponse | undefined;
  inFlight: boolean;
}

/** Fingerprint of a write: method, path with query, and the body's SHA-256 (hex). */
export function requestFingerprint(method: string, pathWithQuery: string, bodySha256: string): string {
  return createHash('sha256').update(`${method}\n${pathWithQuery}\n${bodySha256}`).digest('base64url');
}

/**
 * Remembers the response to each (consumer, Idempotency-Key) pair for `ttlMs`. A repeat with the
 * same fingerprint replays it; a repeat with another fingerprint is a mismatch; a repeat while the
 * first is still running is in flight. A first attempt that ends without a storable response
 * (a 5xx or a thrown error) releases the key so the client can retry.
 */
export class IdempotencyStore {
  private readonly records = new Map<string, Record_>();

  constructor(
    private readonly clock: Clock,
    private readonly ttlMs: number,
  ) {}

  /** Starts (or replays) the write identified by `consumer` and `key`. */
  begin(consumer: string, key: string, fingerprint: string): IdempotencyDecision {
    const id = `${consumer}\n${key}`;
    const now = this.clock.now();
    const existing = this.records.get(id);
    if (existing !== undefined && existing.expiresAt > now) {
      if (existing.fingerprint !== fingerprint) return { kind: 'mismatch' };
      if (existing.inFlight || existing.response === undefined) return { kind: 'in-flight' };
      return { kind: 'replay', response: existing.response };
    }
    const record: Record_ = { fingerprint, expiresAt: now + this.ttlMs, response: undefined, inFlight: true };
    this.records.set(id, record);
    return {
      kind: 'new',
      complete: (response) => {
        if (response === undefined) {
          this.records.delete(id);
          return;
        }
        record.response = response;
        record.inFlight = false;
      },
    };
  }

  /** Number of keys remembered (expired ones included until reused). */
  get size(): number {
    return this.records.size;
  }

  /** Forgets every key. */
  clear(): void {
    this.records.clear();
  }
}
