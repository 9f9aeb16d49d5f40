import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { componentSchemaProblems } from '../../test/response-contract';
import { createMockGateway, type MockGateway } from '../faces/mock-gateway';
import type { WebhookFetch, WebhookRetrySettings } from './subscription-delivery';

interface Delivery {
  signature: string | null;
  body: { subscriptionId: string; changes: { sequence: number; key: string }[] };
  raw: string;
}

const SECRET = 'sixteen-chars-secret';

/** A gateway with one push subscription to `https://mirror.test/hook`, whose callback is `hook`. */
async function subscribed(
  hook: WebhookFetch,
  webhookRetry: WebhookRetrySettings = { retryDelayMs: 1 },
): Promise<{ gateway: MockGateway; bearer: string }> {
  const gateway = createMockGateway({ nationalRecords: 30, webhookFetch: hook, webhookRetry });
  const token = await gateway.fetch('/token', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials&client_id=test-consumer&client_secret=test-secret',
  });
  const bearer = `Bearer ${((await token.json()) as { access_token: string }).access_token}`;
  const made = await gateway.fetch('/national/1.0/subscriptions', {
    method: 'POST',
    headers: { authorization: bearer, 'content-type': 'application/json' },
    body: JSON.stringify({
      database: 'dancu',
      entity: 'citizens',
      callbackUrl: 'https://mirror.test/hook',
      secret: SECRET,
    }),
  });
  expect(made.status).toBe(201);
  return { gateway, bearer };
}

/** A callback that records every delivery and answers with the next status of `statuses` (then 204). */
function recorder(statuses: number[]): { hook: WebhookFetch; deliveries: Delivery[] } {
  const deliveries: Delivery[] = [];
  const hook: WebhookFetch = async (request) => {
    const raw = await request.text();
    deliveries.push({ signature: request.headers.get('x-chiase-signature'), body: JSON.parse(raw), raw });
    return new Response(null, { status: statuses.shift() ?? 204 });
  };
  return { hook, deliveries };
}

describe('push subscriptions (nationalChanges webhook)', () => {
  it('pushes unacknowledged changes in order, signed as the spec says, in the documented shape', async () => {
    const { hook, deliveries } = recorder([]);
    const { gateway, bearer } = await subscribed(hook);
    expect(await gateway.state.deliverChanges()).toEqual([
      expect.objectContaining({ delivered: 0, attempts: 0 }),
    ]);
    expect(deliveries).toHaveLength(0);

    const changes = gateway.state.national.generateChanges(150);
    expect(await gateway.state.deliverChanges()).toEqual([
      expect.objectContaining({ delivered: 2, attempts: 2 }),
    ]);
    expect(deliveries.flatMap((d) => d.body.changes.map((c) => c.sequence))).toEqual(
      changes.map((c) => c.sequence),
    );
    for (const delivery of deliveries) {
      expect(delivery.signature).toMatch(/^sha256=[0-9a-f]{64}$/);
      expect(delivery.signature).toBe(
        `sha256=${createHmac('sha256', SECRET).update(delivery.raw).digest('hex')}`,
      );
      expect(delivery.raw).not.toContain(SECRET);
      expect(componentSchemaProblems('NationalChangeNotification', delivery.body)).toEqual([]);
    }
    const listed = await gateway.fetch('/national/1.0/subscriptions', { headers: { authorization: bearer } });
    const { items } = (await listed.json()) as { items: { lastDeliveredSequence: number }[] };
    expect(items[0]?.lastDeliveredSequence).toBe(changes[changes.length - 1]?.sequence);
    expect(await gateway.state.deliverChanges()).toEqual([expect.objectContaining({ delivered: 0 })]);
  });

  it('retries a refused batch with backoff within the round, the same batch each time', async () => {
    const { hook, deliveries } = recorder([503, 500]);
    const { gateway } = await subscribed(hook, { attempts: 3, retryDelayMs: 20 });
    gateway.state.national.generateChanges(5);
    const started = performance.now();
    const [outcome] = await gateway.state.deliverChanges();
    // Two pauses before the retries: 20 ms, then 40 ms.
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
    expect(outcome).toMatchObject({ delivered: 1, attempts: 3 });
    expect(outcome?.failure).toBeUndefined();
    expect(new Set(deliveries.map((d) => d.raw)).size).toBe(1);
  });

  it('gives up after the last attempt and redelivers the same batch on the next round', async () => {
    const { hook, deliveries } = recorder([503, 503]);
    const { gateway } = await subscribed(hook, { attempts: 2, retryDelayMs: 1 });
    gateway.state.national.generateChanges(5);
    expect(await gateway.state.deliverChanges()).toEqual([
      expect.objectContaining({ delivered: 0, attempts: 2, failure: 'HTTP 503' }),
    ]);
    expect(gateway.state.subscriptions.values().next().value?.subscription.lastDeliveredSequence).toBeNull();
    expect(await gateway.state.deliverChanges()).toEqual([
      expect.objectContaining({ delivered: 1, attempts: 1 }),
    ]);
    expect(deliveries).toHaveLength(3);
    expect(deliveries[2]?.raw.replace(/"sentAt":"[^"]+"/, '')).toBe(
      deliveries[0]?.raw.replace(/"sentAt":"[^"]+"/, ''),
    );
  });

  it('counts a callback that does not answer in time, or cannot be reached, as a failure', async () => {
    let calls = 0;
    const silent: WebhookFetch = (request) => {
      calls += 1;
      return calls === 1
        ? Promise.reject(new TypeError('fetch failed'))
        : new Promise((_resolve, reject) =>
            request.signal.addEventListener('abort', () => reject(new Error('aborted'))),
          );
    };
    const { gateway } = await subscribed(silent, { attempts: 2, retryDelayMs: 1, timeoutMs: 30 });
    gateway.state.national.generateChanges(1);
    expect(await gateway.state.deliverChanges()).toEqual([
      expect.objectContaining({ delivered: 0, attempts: 2, failure: 'no answer within 30 ms' }),
    ]);
  });
});
