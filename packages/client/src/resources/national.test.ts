import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { GATEWAY, testClient, useMswServer } from '../../test/gateway-server';
import { signChangeNotification, verifyChangeNotification } from './change-notification-signature';

const server = useMswServer();
const BASE = `${GATEWAY}/national/1.0/databases/dancu/entities/citizens`;

describe('national databases', () => {
  it('reads a snapshot page by page and keeps snapshotAt on each page', async () => {
    server.use(
      http.get(`${BASE}/snapshot`, ({ request }) => {
        const cursor = new URL(request.url).searchParams.get('cursor');
        const record = (key: string) => ({
          key,
          version: 1,
          updatedAt: '2026-03-01T00:00:00+07:00',
          data: {},
        });
        return HttpResponse.json(
          cursor === null
            ? {
                items: [record('001'), record('002')],
                nextCursor: 'p2',
                snapshotAt: '2026-03-02T00:00:00+07:00',
              }
            : { items: [record('003')], nextCursor: null, snapshotAt: '2026-03-02T00:00:00+07:00' },
        );
      }),
    );
    const snapshot = testClient().national.snapshot('dancu', 'citizens');
    const first = await snapshot;
    expect(first.snapshotAt).toBe('2026-03-02T00:00:00+07:00');
    const keys: string[] = [];
    for await (const record of snapshot) keys.push(record.key);
    expect(keys).toEqual(['001', '002', '003']);
  });

  it('sends since with the first page of changes only, then follows the cursor', async () => {
    const queries: URLSearchParams[] = [];
    server.use(
      http.get(`${BASE}/changes`, ({ request }) => {
        const q = new URL(request.url).searchParams;
        queries.push(q);
        const change = (sequence: number) => ({
          sequence,
          type: 'delete',
          key: `k${sequence}`,
          changedAt: '2026-03-02T00:00:00+07:00',
          record: null,
        });
        return HttpResponse.json({
          items: [change(q.has('cursor') ? 2 : 1)],
          nextCursor: q.has('cursor') ? null : 'c2',
          until: '2026-03-02T01:00:00+07:00',
        });
      }),
    );
    const changes = await testClient()
      .national.changes('dancu', 'citizens', { since: '2026-03-01T00:00:00+07:00', limit: 500 })
      .toArray();
    expect(changes.map((c) => c.sequence)).toEqual([1, 2]);
    expect(queries[0]?.get('since')).toBe('2026-03-01T00:00:00+07:00');
    expect(queries[1]?.has('since')).toBe(false);
    expect(queries[1]?.get('cursor')).toBe('c2');
    expect(queries[1]?.get('limit')).toBe('500');
  });

  it('subscribes, and a delivery signed with the secret verifies while a tampered one does not', async () => {
    let sent: unknown;
    server.use(
      http.post(`${GATEWAY}/national/1.0/subscriptions`, async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json(
          {
            id: 'sub-1',
            database: 'dancu',
            entity: 'citizens',
            callbackUrl: 'https://agency.test/hook',
            status: 'active',
            createdAt: '2026-03-02T00:00:00+07:00',
          },
          { status: 201 },
        );
      }),
    );
    const secret = 'a-subscription-secret-0123';
    const subscription = await testClient().national.subscribe({
      database: 'dancu',
      entity: 'citizens',
      callbackUrl: 'https://agency.test/hook',
      secret,
    });
    expect(subscription.id).toBe('sub-1');
    expect(sent).toMatchObject({ secret });
    const body = JSON.stringify({ subscriptionId: 'sub-1', changes: [] });
    const signature = signChangeNotification(body, secret);
    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(verifyChangeNotification(body, signature, secret)).toBe(true);
    expect(verifyChangeNotification(`${body} `, signature, secret)).toBe(false);
    expect(verifyChangeNotification(body, signature, 'another-secret-0123456')).toBe(false);
    expect(verifyChangeNotification(body, undefined, secret)).toBe(false);
  });
});
