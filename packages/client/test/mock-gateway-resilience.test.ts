import {
  createManualClock,
  createMockGateway,
  DEFAULT_CONSUMER,
  sampleServiceDescription,
} from '@chiase/mock-gateway';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GatewayClientSettings } from '../src/config/client-settings';
import { createGatewayClient } from '../src/gateway-client';
import type { ServiceDescription } from '../src/resources/types';

// Authentication and resilience against the mock gateway's own behaviour: token expiry, idempotent
// replay and seeded faults, over the same msw interception the resource tests use.
const clock = createManualClock('2026-03-02T08:00:00Z');
const steady = createMockGateway({ baseUrl: 'https://steady.test', clock, nationalRecords: 50 });
const faulty = createMockGateway({
  baseUrl: 'https://faulty.test',
  seed: 7,
  nationalRecords: 50,
  faults: {
    serverErrorProbability: 0.1,
    unavailableProbability: 0.1,
    connectionResetProbability: 0.05,
    truncatedBodyProbability: 0.05,
    rateLimitBurstProbability: 0.05,
  },
});
const server = setupServer(...steady.handlers, ...faulty.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

function client(gatewayUrl: string, extra: GatewayClientSettings = {}) {
  return createGatewayClient(
    {
      gatewayUrl,
      consumerKey: DEFAULT_CONSUMER.key,
      consumerSecret: DEFAULT_CONSUMER.secret,
      logLevel: 'off',
      ...extra,
    },
    { env: false },
  );
}

describe('against the mock gateway', () => {
  it('gets a new token once when the gateway says the cached one expired', async () => {
    const c = client(steady.baseUrl);
    await c.codeLists.categories();
    // The gateway's clock moves two hours on; the client's does not, so it still trusts its token.
    clock.advance(2 * 3_600_000);
    await expect(c.codeLists.categories()).resolves.toMatchObject({ nextCursor: null });
    const log = steady.requestLog.entries();
    expect(log.filter((e) => e.path === '/token')).toHaveLength(2);
    expect(log.filter((e) => e.status === 401)).toHaveLength(1);
  });

  it('replays a write retried with the same Idempotency-Key instead of applying it twice', async () => {
    const c = client(steady.baseUrl);
    const description = sampleServiceDescription('svc-replay') as ServiceDescription;
    const first = await c.services.put(description, { idempotencyKey: 'put-svc-replay-1' });
    const again = await c.services.put(description, { idempotencyKey: 'put-svc-replay-1' });
    expect(again).toEqual(first);
    const puts = steady.requestLog.entries().filter((e) => e.idempotencyKey === 'put-svc-replay-1');
    expect(puts.map((e) => e.replayed === true)).toEqual([false, true]);
  });

  it('reads every page despite seeded 500s, 503s, 429 bursts, resets and cut bodies', async () => {
    const c = client(faulty.baseUrl, {
      maxRetries: 10,
      backoff: { initialDelay: 1, maxDelay: 4, maxRetryAfter: 5 },
    });
    const reference = await client(steady.baseUrl).codeLists.items('DANTOC', { limit: 10 }).toArray();
    for (let round = 0; round < 5; round += 1) {
      const items = await c.codeLists.items('DANTOC', { limit: 10 }).toArray();
      expect(items).toEqual(reference);
    }
    const faults = new Set(faulty.requestLog.entries().map((e) => e.fault));
    expect(faults.size).toBeGreaterThan(2);
  });
});
