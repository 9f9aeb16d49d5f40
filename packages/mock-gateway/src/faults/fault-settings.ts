/** The kinds of simulated fault the mock gateway can apply to a request. */
export type FaultKind =
  | 'server-error'
  | 'unavailable'
  | 'connection-reset'
  | 'truncated-body'
  | 'rate-limit-burst';

/**
 * Seeded, random faults. Each probability is per request, in [0, 1]; the faults drawn depend only on
 * the gateway's seed and the order of requests, so the same seed gives the same faults.
 */
export interface FaultSettings {
  /** Probability of a 500 (`internal`). */
  readonly serverErrorProbability?: number;
  /** Probability of a 503 (`unavailable`) with `Retry-After`. */
  readonly unavailableProbability?: number;
  /** Probability that the connection is reset before any answer. */
  readonly connectionResetProbability?: number;
  /** Probability that a successful answer's body is cut off half way. */
  readonly truncatedBodyProbability?: number;
  /** Probability that a burst of 429s starts at this request. */
  readonly rateLimitBurstProbability?: number;
  /** Length of a 429 burst in requests. Default 3. */
  readonly rateLimitBurstLength?: number;
  /** `Retry-After` seconds on simulated 429 and 503 answers. Default 1. */
  readonly retryAfterSeconds?: number;
  /** Latency added to every request, in ms: a fixed number or a `[min, max]` range. Default 0. */
  readonly latencyMs?: number | readonly [number, number];
  /**
   * Only these operations (operationIds) get faults. Default: every operation except `auth.token`
   * and health checks, so that authentication stays reliable unless asked for.
   */
  readonly operations?: readonly string[];
}
