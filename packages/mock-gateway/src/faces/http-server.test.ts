import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleServiceDescription } from '../fixtures/sample-service-description';
import { type RunningMockGateway, startMockGateway } from './http-server';

let gateway: RunningMockGateway;

beforeAll(async () => {
  gateway = await startMockGateway({ port: 0, consumers: [{ key: 'srv-key', secret: 'srv-secret-9Kd' }] });
});
afterAll(() => gateway.close());

async function token(): Promise<string> {
  const response = await fetch(`${gateway.url}/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from('srv-key:srv-secret-9Kd').toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

describe('startMockGateway (HTTP server face)', () => {
  it('listens on 127.0.0.1 on a free port', () => {
    expect(gateway.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(gateway.port).toBeGreaterThan(0);
  });

  it('serves the same operations over a real socket, Location on its own URL', async () => {
    const bearer = await token();
    const created = await fetch(`${gateway.url}/catalog/1.0/services/svc-server`, {
      method: 'PUT',
      headers: {
        authorization: `Bearer ${bearer}`,
        'content-type': 'application/json',
        'x-request-id': 'srv-1',
      },
      body: JSON.stringify(sampleServiceDescription('svc-server')),
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('x-request-id')).toBe('srv-1');
    expect(created.headers.get('location')).toBe(`${gateway.url}/catalog/1.0/services/svc-server`);
    const list = await fetch(`${gateway.url}/catalog/1.0/services`, {
      headers: { authorization: `Bearer ${bearer}` },
    });
    expect(((await list.json()) as { items: { id: string }[] }).items.map((s) => s.id)).toContain(
      'svc-server',
    );
    expect(gateway.state.services.has('svc-server')).toBe(true);
  });

  it('answers problem+json over the socket', async () => {
    const response = await fetch(`${gateway.url}/catalog/1.0/services`);
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({ code: 'invalid_token' });
  });

  it('resets its state', async () => {
    await token();
    await gateway.reset();
    expect(gateway.requestLog.size).toBe(0);
    expect(gateway.state.tokens.size).toBe(0);
  });
});
