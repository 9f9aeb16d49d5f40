import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createMockGateway } from '../faces/mock-gateway';

interface Delivery {
  signature: string | null;
  body: { subscriptionId: string; changes: { sequence: number; key: string }[] };
  raw: string;
}

describe('push subscriptions (nationalChanges webhook)', () => {
  it('pushes unacknowledged changes in order, signed, and redelivers a refused batch', async () => {
    const deliveries: Delivery[] = [];
    let refuse = true;
    const gateway = createMockGateway({
      nationalRecords: 30,
      webhookFetch: async (request) => {
        const raw = await request.text();
        deliveries.push({ signature: request.headers.get('x-chiase-signature'), body: JSON.parse(raw), raw });
        return new Response(null, { status: refuse ? 503 : 204 });
      },
    });
    const token = await gateway.fetch('/token', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials&client_id=test-consumer&client_secret=test-secret',
    });
    const { access_token } = (await token.json()) as { access_token: string };
    const secret = 'sixteen-chars-secret';
    const made = await gateway.fetch('/national/1.0/subscriptions', {
      method: 'POST',
      headers: { authorization: `Bearer ${access_token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        database: 'dancu',
        entity: 'citizens',
        callbackUrl: 'https://mirror.test/hook',
        secret,
      }),
    });
    expect(made.status).toBe(201);
    expect(await gateway.state.deliverChanges()).toEqual([expect.objectContaining({ delivered: 0 })]);
    expect(deliveries).toHaveLength(0);

    const changes = gateway.state.national.generateChanges(150);
    const failed = await gateway.state.deliverChanges();
    expect(failed[0]).toMatchObject({ delivered: 0, failure: 'HTTP 503' });
    refuse = false;
    const done = await gateway.state.deliverChanges();
    expect(done[0]).toMatchObject({ delivered: 2 });

    const acknowledged = deliveries.slice(1);
    const sequences = acknowledged.flatMap((d) => d.body.changes.map((c) => c.sequence));
    expect(sequences).toEqual(changes.map((c) => c.sequence));
    expect(deliveries[0]?.body.changes.map((c) => c.sequence)).toEqual(
      acknowledged[0]?.body.changes.map((c) => c.sequence),
    );
    for (const delivery of deliveries) {
      expect(delivery.signature).toBe(
        `sha256=${createHmac('sha256', secret).update(delivery.raw).digest('hex')}`,
      );
      expect(delivery.raw).not.toContain(secret);
    }
    const listed = await gateway.fetch('/national/1.0/subscriptions', {
      headers: { authorization: `Bearer ${access_token}` },
    });
    const { items } = (await listed.json()) as { items: { lastDeliveredSequence: number }[] };
    expect(items[0]?.lastDeliveredSequence).toBe(changes[changes.length - 1]?.sequence);
    expect(await gateway.state.deliverChanges()).toEqual([expect.objectContaining({ delivered: 0 })]);
  });
});
