import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { staticToken } from '../auth/static-token';
import { NotFoundError, RateLimitError, ServerError } from '../errors/status-errors';
import { AbortedError, ConnectionError, TimeoutError } from '../errors/transport-errors';
import { createGatewayClient } from '../gateway-client';
import type { BeforeRetryContext } from './client-hooks';

const GATEWAY = 'https://lgsp.test';
const URL_SERVICES = `${GATEWAY}/catalog/1.0/services`;
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  vi.useRealTimers();
});
afterAll(() => server.close());

const list = { method: 'GET', group: 'services', path: '/services' } as const;
const register = { method: 'POST', group: 'services', path: '/services', json: { id: 'svc-1' } } as const;

function client(extra: Parameters<typeof createGatewayClient>[0] = {}) {
  return createGatewayClient(
    { gatewayUrl: GATEWAY, auth: staticToken('static-token-1'), logLevel: 'off', ...extra },
    { env: false },
  );
}

/** Answers with `statuses` in turn (then 200), recording each request. */
function sequence(
  method: 'get' | 'post',
  statuses: (number | 'reset')[],
  headers: Record<string, string> = {},
) {
  const seen: Request[] = [];
  server.use(
    http[method](URL_SERVICES, ({ request }) => {
      seen.push(request.clone());
      const next = statuses[seen.length - 1];
      if (next === 'reset') return HttpResponse.error();
      if (next !== undefined) {
        return HttpResponse.json(
          { type: 'about:blank', title: 'Failed', status: next },
          { status: next, headers },
        );
      }
      return HttpResponse.json({ items: [], nextCursor: null });
    }),
  );
  return seen;
}

describe('retries', () => {
  it('retries 500, 502, 503, 504, 408 and 429 on a GET and then succeeds', async () => {
    const seen = sequence('get', [500, 502, 503, 504, 408, 429]);
    const data = await client({ maxRetries: 6, backoff: { initialDelay: 1, maxDelay: 2 } }).request(list);
    expect(data).toEqual({ items: [], nextCursor: null });
    expect(seen).toHaveLength(7);
  });

  it('retries a dropped connection on a GET', async () => {
    const seen = sequence('get', ['reset']);
    await client({ backoff: { initialDelay: 1 } }).request(list);
    expect(seen).toHaveLength(2);
  });

  it('throws ServerError with status and request id once retries are spent', async () => {
    const seen = sequence('get', [503, 503, 503], { 'X-Request-Id': 'gw-req-42' });
    const error = (await client({ maxRetries: 2, backoff: { initialDelay: 1 } })
      .request(list)
      .catch((e: unknown) => e)) as ServerError;
    expect(ServerError.isInstance(error)).toBe(true);
    expect(error.status).toBe(503);
    expect(error.requestId).toBe('gw-req-42');
    expect(seen).toHaveLength(3);
  });

  it('does not retry a 404', async () => {
    const seen = sequence('get', [404]);
    await expect(client({ backoff: { initialDelay: 1 } }).request(list)).rejects.toSatisfy(
      NotFoundError.isInstance,
    );
    expect(seen).toHaveLength(1);
  });

  it('retries a write with the same generated Idempotency-Key', async () => {
    const seen = sequence('post', [503, 500]);
    await client({ backoff: { initialDelay: 1 } }).request(register);
    expect(seen).toHaveLength(3);
    const keys = seen.map((r) => r.headers.get('idempotency-key'));
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(keys).size).toBe(1);
    const ids = seen.map((r) => r.headers.get('x-request-id'));
    expect(new Set(ids).size).toBe(1);
  });

  it('uses the caller’s Idempotency-Key and a new one per call otherwise', async () => {
    const seen = sequence('post', []);
    const c = client();
    await c.request(register, { idempotencyKey: 'my-key-1' });
    await c.request(register);
    await c.request(register);
    const keys = seen.map((r) => r.headers.get('idempotency-key'));
    expect(keys[0]).toBe('my-key-1');
    expect(keys[1]).not.toBe(keys[2]);
  });

  it('never retries a write sent without an Idempotency-Key', async () => {
    const seen = sequence('post', [503]);
    await expect(
      client({ backoff: { initialDelay: 1 } }).request(register, { idempotencyKey: false }),
    ).rejects.toSatisfy(ServerError.isInstance);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.headers.has('idempotency-key')).toBe(false);
  });

  it('waits Retry-After seconds before retrying a 503', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const seen = sequence('get', [503], { 'Retry-After': '2' });
    const retries: BeforeRetryContext[] = [];
    let retrying!: () => void;
    const retryStarted = new Promise<void>((r) => {
      retrying = r;
    });
    const call = client({
      hooks: {
        beforeRetry: (ctx) => {
          retries.push(ctx);
          retrying();
        },
      },
    }).request(list);
    await retryStarted;
    expect(retries[0]?.delay).toBe(2000);
    await vi.advanceTimersByTimeAsync(1999);
    expect(seen).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(call).resolves.toEqual({ items: [], nextCursor: null });
    expect(seen).toHaveLength(2);
  });

  it('honours Retry-After as an HTTP date', async () => {
    const retryAt = new Date(Date.now() + 3_000).toUTCString();
    sequence('get', [429], { 'Retry-After': retryAt });
    const delays: number[] = [];
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let retrying!: () => void;
    const retryStarted = new Promise<void>((r) => {
      retrying = r;
    });
    const call = client({
      hooks: {
        beforeRetry: (ctx) => {
          delays.push(ctx.delay);
          retrying();
        },
      },
    }).request(list);
    await retryStarted;
    // An HTTP date has whole seconds: the wait is between 2 and 3 seconds.
    expect(delays[0]).toBeGreaterThan(1_000);
    expect(delays[0]).toBeLessThanOrEqual(3_000);
    await vi.advanceTimersByTimeAsync(3_000);
    await expect(call).resolves.toBeDefined();
  });

  it('backs off exponentially with full jitter', async () => {
    sequence('get', [500, 500, 500, 500]);
    const delays: number[] = [];
    await client({
      maxRetries: 4,
      random: () => 0.5,
      backoff: { initialDelay: 10, maxDelay: 40 },
      hooks: { beforeRetry: (ctx) => void delays.push(ctx.delay) },
    }).request(list);
    // Half of a cap that doubles from 10 ms and stops at 40 ms.
    expect(delays).toEqual([5, 10, 20, 20]);
  });

  it('throws RateLimitError with the wait the gateway asked for', async () => {
    sequence('get', [429], { 'Retry-After': '30' });
    const error = (await client({ maxRetries: 0 })
      .request(list)
      .catch((e: unknown) => e)) as RateLimitError;
    expect(RateLimitError.isInstance(error)).toBe(true);
    expect(error.retryAfter).toBe(30_000);
  });
});

describe('timeouts and aborts', () => {
  it('throws TimeoutError when no answer arrives within the timeout', async () => {
    server.use(
      http.get(URL_SERVICES, async () => {
        await new Promise((r) => setTimeout(r, 300));
        return HttpResponse.json({ items: [], nextCursor: null });
      }),
    );
    const error = (await client({ timeout: 30, maxRetries: 1, backoff: { initialDelay: 1 } })
      .request(list)
      .catch((e: unknown) => e)) as TimeoutError;
    expect(TimeoutError.isInstance(error)).toBe(true);
    expect(ConnectionError.isInstance(error)).toBe(true);
    expect(error.timeout).toBe(30);
  });

  it('throws AbortedError when the caller aborts during the request', async () => {
    server.use(
      http.get(URL_SERVICES, async () => {
        await new Promise((r) => setTimeout(r, 300));
        return HttpResponse.json({ items: [], nextCursor: null });
      }),
    );
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    const started = Date.now();
    const error = await client()
      .request(list, { signal: controller.signal })
      .catch((e: unknown) => e);
    expect(AbortedError.isInstance(error)).toBe(true);
    expect(Date.now() - started).toBeLessThan(250);
  });

  it('throws AbortedError when the caller aborts during a backoff, without another attempt', async () => {
    const seen = sequence('get', [503], { 'Retry-After': '60' });
    const controller = new AbortController();
    const call = client({ hooks: { beforeRetry: () => controller.abort() } }).request(list, {
      signal: controller.signal,
    });
    await expect(call).rejects.toSatisfy(AbortedError.isInstance);
    expect(seen).toHaveLength(1);
  });

  it('does not send at all with an already aborted signal', async () => {
    const seen = sequence('get', []);
    await expect(client().request(list, { signal: AbortSignal.abort() })).rejects.toSatisfy(
      AbortedError.isInstance,
    );
    expect(seen).toHaveLength(0);
  });
});
