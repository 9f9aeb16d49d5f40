import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from '../clock/manual-clock';
import { MockGatewaySettingsError } from '../errors/settings-error';
import { startMockGateway } from '../faces/http-server';
import { createMockGateway, type MockGateway } from '../faces/mock-gateway';
import type { FaultSettings } from './fault-settings';

const TOKEN_BODY = 'grant_type=client_credentials&client_id=test-consumer&client_secret=test-secret';
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

async function bearer(gateway: Pick<MockGateway, 'fetch'>): Promise<string> {
  const response = await gateway.fetch('/token', { method: 'POST', headers: FORM, body: TOKEN_BODY });
  return `Bearer ${((await response.json()) as { access_token: string }).access_token}`;
}

/** The outcome of `n` list calls: a status, or `reset`. */
async function outcomes(faults: FaultSettings, seed: number, n = 40): Promise<string[]> {
  const gateway = createMockGateway({ seed, faults, clock: createManualClock() });
  const authorization = await bearer(gateway);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    try {
      const response = await gateway.fetch('/catalog/1.0/services', { headers: { authorization } });
      out.push(String(response.status));
    } catch (error) {
      out.push(
        (error as Error & { cause?: { code?: string } }).cause?.code === 'ECONNRESET' ? 'reset' : 'other',
      );
    }
  }
  return out;
}

const MIXED: FaultSettings = {
  serverErrorProbability: 0.15,
  unavailableProbability: 0.15,
  connectionResetProbability: 0.1,
  rateLimitBurstProbability: 0.05,
};

describe('seeded faults', () => {
  it('gives the same faults for the same seed, and others for another seed', async () => {
    const a = await outcomes(MIXED, 11);
    expect(await outcomes(MIXED, 11)).toEqual(a);
    expect(await outcomes(MIXED, 12)).not.toEqual(a);
    expect(new Set(a)).toEqual(new Set(['200', '500', '503', '429', 'reset']));
  });

  it('never faults the token request by default', async () => {
    const gateway = createMockGateway({ faults: { serverErrorProbability: 1 } });
    expect((await bearer(gateway)).startsWith('Bearer ')).toBe(true);
  });

  it('sends Retry-After on simulated 429 bursts and 503s, only on the chosen operations', async () => {
    const gateway = createMockGateway({
      faults: { rateLimitBurstProbability: 1, rateLimitBurstLength: 4, retryAfterSeconds: 7 },
    });
    const authorization = await bearer(gateway);
    const response = await gateway.fetch('/catalog/1.0/services', { headers: { authorization } });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('7');
    expect(gateway.requestLog.last()?.fault).toBe('rate-limit-burst');

    const off = createMockGateway({
      faults: { unavailableProbability: 1, operations: ['services.get'], retryAfterSeconds: 2 },
    });
    const auth2 = await bearer(off);
    expect((await off.fetch('/catalog/1.0/services', { headers: { authorization: auth2 } })).status).toBe(
      200,
    );
    const unavailable = await off.fetch('/catalog/1.0/services/x', { headers: { authorization: auth2 } });
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers.get('retry-after')).toBe('2');
  });

  it('adds latency on the gateway clock', async () => {
    const clock = createManualClock('2026-01-01T00:00:00Z');
    const gateway = createMockGateway({ clock, faults: { latencyMs: [100, 200] } });
    const authorization = await bearer(gateway);
    const before = clock.now();
    await gateway.fetch('/catalog/1.0/services', { headers: { authorization } });
    const waited = clock.now() - before;
    expect(waited).toBeGreaterThanOrEqual(100);
    expect(waited).toBeLessThanOrEqual(200);
    expect(gateway.requestLog.last()?.durationMs).toBe(waited);
  });

  it('refuses a probability outside [0, 1]', () => {
    expect(() => createMockGateway({ faults: { serverErrorProbability: 2 } })).toThrow(
      MockGatewaySettingsError,
    );
  });
});

describe('faults through msw', () => {
  const gateway = createMockGateway({
    faults: { connectionResetProbability: 1, operations: ['services.list'] },
  });
  const server = setupServer(...gateway.handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  it('resets the connection as a network error under msw', async () => {
    const authorization = await bearer(gateway);
    await expect(
      fetch('https://gateway.test/catalog/1.0/services', { headers: { authorization } }),
    ).rejects.toThrow(TypeError);
    expect(gateway.requestLog.last()).toMatchObject({ status: 0, fault: 'connection-reset' });
  });
});

describe('faults over a real socket', () => {
  it('truncates bodies and resets connections', async () => {
    const running = await startMockGateway({
      faults: { truncatedBodyProbability: 1, operations: ['services.list'] },
    });
    try {
      const token = await fetch(`${running.url}/token`, { method: 'POST', headers: FORM, body: TOKEN_BODY });
      const { access_token } = (await token.json()) as { access_token: string };
      const response = await fetch(`${running.url}/catalog/1.0/services`, {
        headers: { authorization: `Bearer ${access_token}` },
      });
      expect(response.status).toBe(200);
      await expect(response.text()).rejects.toThrow();
    } finally {
      await running.close();
    }
    const resetting = await startMockGateway({
      faults: { connectionResetProbability: 1, operations: ['health.get'] },
    });
    try {
      await expect(fetch(`${resetting.url}/health`)).rejects.toThrow(TypeError);
    } finally {
      await resetting.close();
    }
  });
});
