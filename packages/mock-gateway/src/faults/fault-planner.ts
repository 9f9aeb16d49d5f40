import { MockGatewaySettingsError } from '../errors/settings-error';
import { SeededRandom } from '../random/seeded-random';
import type { FaultKind, FaultSettings } from './fault-settings';

/** The faults chosen for one request. */
export interface FaultPlan {
  /** The fault to apply, if any. */
  readonly fault?: FaultKind;
  /** Latency to add before answering, in ms. */
  readonly latencyMs: number;
}

const EXEMPT_BY_DEFAULT = new Set(['auth.token', 'health.get']);
const PROBABILITIES = [
  'connectionResetProbability',
  'serverErrorProbability',
  'unavailableProbability',
  'rateLimitBurstProbability',
  'truncatedBodyProbability',
] as const;

function checkSettings(settings: FaultSettings): void {
  for (const name of PROBABILITIES) {
    const p = settings[name];
    if (p !== undefined && !(Number.isFinite(p) && p >= 0 && p <= 1)) {
      throw new MockGatewaySettingsError({
        setting: `faults.${name}`,
        vi: `xác suất phải nằm trong [0, 1], nhận được ${p}`,
        en: `a probability must be in [0, 1], got ${p}`,
      });
    }
  }
  const latency = settings.latencyMs;
  const range = typeof latency === 'number' ? [latency, latency] : latency;
  if (range !== undefined && !(range[0] >= 0 && range[1] >= range[0] && Number.isFinite(range[1]))) {
    throw new MockGatewaySettingsError({
      setting: 'faults.latencyMs',
      vi: 'độ trễ phải là số mili giây không âm, hoặc khoảng [min, max] với min ≤ max',
      en: 'latency must be a non-negative number of ms, or a [min, max] range with min ≤ max',
    });
  }
}

/**
 * Draws the faults of each request from a PRNG seeded with the gateway's seed. Every eligible request
 * draws the same count of numbers whatever the outcome, so the faults depend only on the seed and on
 * the order of requests: the same seed and the same calls give the same faults.
 */
export class FaultPlanner {
  private random: SeededRandom;
  private burstLeft = 0;

  /** @throws MockGatewaySettingsError when a probability or the latency is out of range. */
  constructor(
    private readonly settings: FaultSettings | undefined,
    private readonly seed: number,
  ) {
    if (settings !== undefined) checkSettings(settings);
    this.random = new SeededRandom(seed, 'faults');
  }

  /** `Retry-After` seconds of simulated 429 and 503 answers. */
  get retryAfterSeconds(): number {
    return this.settings?.retryAfterSeconds ?? 1;
  }

  /** Chooses the faults of the next request to `operationId`. */
  next(operationId: string): FaultPlan {
    const s = this.settings;
    if (s === undefined) return { latencyMs: 0 };
    const eligible =
      s.operations === undefined ? !EXEMPT_BY_DEFAULT.has(operationId) : s.operations.includes(operationId);
    if (!eligible) return { latencyMs: 0 };
    const latency = s.latencyMs ?? 0;
    const latencyMs = typeof latency === 'number' ? latency : this.random.int(latency[0], latency[1]);
    const draws = PROBABILITIES.map((name) => this.random.chance(s[name] ?? 0));
    if (this.burstLeft > 0) {
      this.burstLeft -= 1;
      return { fault: 'rate-limit-burst', latencyMs };
    }
    const [reset, serverError, unavailable, burst, truncated] = draws;
    if (reset) return { fault: 'connection-reset', latencyMs };
    if (serverError) return { fault: 'server-error', latencyMs };
    if (unavailable) return { fault: 'unavailable', latencyMs };
    if (burst) {
      this.burstLeft = Math.max(0, (s.rateLimitBurstLength ?? 3) - 1);
      return { fault: 'rate-limit-burst', latencyMs };
    }
    if (truncated) return { fault: 'truncated-body', latencyMs };
    return { latencyMs };
  }

  /** Starts the fault sequence over, as a new gateway with the same seed would. */
  reset(): void {
    this.random = new SeededRandom(this.seed, 'faults');
    this.burstLeft = 0;
  }
}
