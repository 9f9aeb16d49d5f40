import type { FaultKind } from '../faults/fault-settings';

/**
 * One request as the mock gateway saw it. Holds no header values and no request body, so it can
 * never leak an `Authorization` header, a consumer secret or an access token; query parameters
 * whose names look secret are redacted.
 */
export interface RequestLogEntry {
  /** 1 for the first request since the log was created or cleared. */
  readonly sequence: number;
  /** When the request arrived (ISO 8601, from the gateway clock). */
  readonly time: string;
  /** HTTP method. */
  readonly method: string;
  /** Path without the query string and without the base URL's path. */
  readonly path: string;
  /** The query string without `?`, secret-looking values replaced by `[redacted]`; `''` when none. */
  readonly query: string;
  /** The operation that served it, when a route matched. */
  readonly operationId?: string;
  /** The consumer key that made it, once known (from the token, or the token request's client id). */
  readonly consumer?: string;
  /** Response status; 0 when the connection was reset. */
  readonly status: number;
  /** The request id sent back in `X-Request-Id`. */
  readonly requestId: string;
  /** The request's `Idempotency-Key`, if any. */
  readonly idempotencyKey?: string;
  /** True when the answer was a replay of a stored response. */
  readonly replayed?: boolean;
  /** The simulated fault applied to this request, if any. */
  readonly fault?: FaultKind;
  /** Time from arrival to the response headers, in gateway-clock milliseconds. */
  readonly durationMs: number;
}

/** A filter for {@link RequestLog.filter}: equal fields, or a predicate. */
export type RequestLogFilter =
  | Partial<
      Pick<RequestLogEntry, 'method' | 'path' | 'operationId' | 'consumer' | 'status' | 'requestId' | 'fault'>
    >
  | ((entry: RequestLogEntry) => boolean);

const SECRET_PARAMETER = /secret|token|password|authori[sz]ation|api[-_]?key|assertion|code_verifier/i;

/** Renders a query string with the values of secret-looking parameters replaced. */
export function redactQuery(search: URLSearchParams): string {
  const out = new URLSearchParams();
  for (const [k, v] of search) out.append(k, SECRET_PARAMETER.test(k) ? '[redacted]' : v);
  return out.toString();
}

/** The requests the gateway has served, oldest first, for tests to assert on. */
export class RequestLog {
  private readonly items: RequestLogEntry[] = [];
  private next = 1;

  /** @param capacity entries kept; older ones are dropped first. Default 10,000. */
  constructor(private readonly capacity = 10_000) {}

  /** Adds an entry (the engine does this; the sequence number is assigned here). */
  record(entry: Omit<RequestLogEntry, 'sequence'>): RequestLogEntry {
    const full: RequestLogEntry = Object.freeze({ sequence: this.next++, ...entry });
    this.items.push(full);
    if (this.items.length > this.capacity) this.items.splice(0, this.items.length - this.capacity);
    return full;
  }

  /** Every entry kept, oldest first (a copy). */
  entries(): RequestLogEntry[] {
    return [...this.items];
  }

  /** Entries whose fields equal the given ones, or for which the predicate holds. */
  filter(filter: RequestLogFilter): RequestLogEntry[] {
    if (typeof filter === 'function') return this.items.filter(filter);
    const pairs = Object.entries(filter) as [keyof RequestLogEntry, unknown][];
    return this.items.filter((e) => pairs.every(([k, v]) => v === undefined || e[k] === v));
  }

  /** The newest entry. */
  last(): RequestLogEntry | undefined {
    return this.items[this.items.length - 1];
  }

  /** Number of entries kept. */
  get size(): number {
    return this.items.length;
  }

  /** Removes every entry and restarts numbering. */
  clear(): void {
    this.items.length = 0;
    this.next = 1;
  }
}
