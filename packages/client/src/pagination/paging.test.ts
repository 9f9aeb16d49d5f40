import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { GATEWAY, testClient, useMswServer } from '../../test/gateway-server';
import { InvalidResponseError } from '../errors/response-errors';

const server = useMswServer();

/** Services `svc-0`…`svc-(n-1)` served `limit` per page with opaque cursors. */
function catalogue(n: number) {
  const cursors: (string | null)[] = [];
  server.use(
    http.get(`${GATEWAY}/catalog/1.0/services`, ({ request }) => {
      const url = new URL(request.url);
      const limit = Number(url.searchParams.get('limit') ?? 2);
      const cursor = url.searchParams.get('cursor');
      cursors.push(cursor);
      const start = cursor === null ? 0 : Number(Buffer.from(cursor, 'base64url').toString());
      const items = Array.from({ length: Math.max(0, Math.min(limit, n - start)) }, (_, i) => ({
        id: `svc-${start + i}`,
        etag: '"1"',
        registeredAt: '2026-03-02T08:00:00+07:00',
        updatedAt: '2026-03-02T08:00:00+07:00',
        service: { id: `svc-${start + i}` },
      }));
      const next = start + limit < n ? Buffer.from(String(start + limit)).toString('base64url') : null;
      return HttpResponse.json({ items, nextCursor: next });
    }),
  );
  return cursors;
}

describe('cursor paging', () => {
  it('awaits to the first page only', async () => {
    const cursors = catalogue(5);
    const page = await testClient().services.list({ limit: 2 });
    expect(page.items.map((s) => s.id)).toEqual(['svc-0', 'svc-1']);
    expect(page.nextCursor).not.toBeNull();
    expect(cursors).toEqual([null]);
  });

  it('iterates every item of every page with for await', async () => {
    const cursors = catalogue(5);
    const ids: string[] = [];
    for await (const service of testClient().services.list({ limit: 2 })) ids.push(service.id);
    expect(ids).toEqual(['svc-0', 'svc-1', 'svc-2', 'svc-3', 'svc-4']);
    expect(cursors).toHaveLength(3);
  });

  it('walks page by page and stops on a null nextCursor', async () => {
    catalogue(4);
    const sizes: number[] = [];
    for await (const page of testClient().services.list({ limit: 2 }).pages()) sizes.push(page.items.length);
    expect(sizes).toEqual([2, 2]);
  });

  it('passes the filters on every page', async () => {
    const queries: string[] = [];
    server.use(
      http.get(`${GATEWAY}/catalog/1.0/services`, ({ request }) => {
        const url = new URL(request.url);
        queries.push(url.search);
        return HttpResponse.json({ items: [], nextCursor: url.searchParams.has('cursor') ? null : 'c2' });
      }),
    );
    await testClient().services.list({ q: 'đất đai', status: 'published' }).toArray();
    expect(queries).toHaveLength(2);
    for (const q of queries) {
      const params = new URLSearchParams(q);
      expect(params.get('q')).toBe('đất đai');
      expect(params.get('status')).toBe('published');
    }
    expect(new URLSearchParams(queries[1]).get('cursor')).toBe('c2');
  });

  it('stops with InvalidResponseError when the gateway repeats a cursor', async () => {
    server.use(
      http.get(`${GATEWAY}/catalog/1.0/services`, () =>
        HttpResponse.json({ items: [{ id: 'x' }], nextCursor: 'same' }),
      ),
    );
    await expect(testClient().services.list().toArray()).rejects.toSatisfy(InvalidResponseError.isInstance);
  });

  it('rejects an answer that is not a page', async () => {
    server.use(http.get(`${GATEWAY}/catalog/1.0/services`, () => HttpResponse.json({ services: [] })));
    await expect(testClient().services.list()).rejects.toSatisfy(InvalidResponseError.isInstance);
  });
});
