import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { type RunningMockGateway, startMockGateway } from '@chiase/mock-gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../test/memory-io';

const tls = join(import.meta.dirname, '../../test/fixtures/tls');
let gateway: RunningMockGateway;
let env: Record<string, string>;

beforeAll(async () => {
  gateway = await startMockGateway({ port: 0 });
  env = {
    LANG: 'en',
    CHIASE_GATEWAY_URL: gateway.url,
    CHIASE_CONSUMER_KEY: 'test-consumer',
    CHIASE_CONSUMER_SECRET: 'test-secret',
  };
});
afterAll(() => gateway.close());

interface Report {
  ok: boolean;
  checks: { id: string; status: string; detail: string; fix?: string }[];
}

async function doctor(argv: string[], environment: Record<string, string>) {
  const result = await run(['doctor', '--json', ...argv], { env: environment });
  return { code: result.code, report: JSON.parse(result.stdout) as Report, raw: result };
}

function statusOf(report: Report): Record<string, string> {
  return Object.fromEntries(report.checks.map((c) => [c.id, c.status]));
}

describe('chiase doctor', () => {
  it('passes every check against a healthy gateway', async () => {
    const result = await run(['doctor'], { env });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /\[OK\] +Gateway settings: http:\/\/127\.0\.0\.1:\d+ \(profile reference\)/,
    );
    expect(result.stdout).toMatch(/\[OK\] +Gateway reachable: /);
    expect(result.stdout).toMatch(/\[OK\] +Clock skew: \d+ s from the gateway's clock/);
    expect(result.stdout).toMatch(/\[OK\] +Access token: /);
    expect(result.stdout).toContain('All checks passed.');
  });

  it('fails the token check for a refused secret, says what to fix and never prints the secret', async () => {
    const { code, report, raw } = await doctor(['--consumer-secret', 'not-the-secret-99'], env);
    expect(code).toBe(1);
    expect(statusOf(report)).toMatchObject({ settings: 'pass', reachable: 'pass', token: 'fail' });
    expect(report.checks.find((c) => c.id === 'token')?.fix).toContain('CHIASE_CONSUMER_SECRET');
    expect(raw.stdout + raw.stderr).not.toContain('not-the-secret-99');
  });

  it('reports missing credentials in the token check only', async () => {
    const { code, report } = await doctor([], { LANG: 'en', CHIASE_GATEWAY_URL: gateway.url });
    expect(code).toBe(1);
    expect(statusOf(report)).toMatchObject({ reachable: 'pass', token: 'fail' });
    expect(report.checks.find((c) => c.id === 'token')?.detail).toContain('CHIASE_CONSUMER_KEY');
  });

  it('fails the settings check without a URL and skips the rest', async () => {
    const { code, report } = await doctor([], { LANG: 'en' });
    expect(code).toBe(1);
    expect(statusOf(report)).toEqual({
      settings: 'fail',
      tls: 'skip',
      reachable: 'skip',
      clock: 'skip',
      token: 'skip',
    });
  });

  it('says what to fix when nothing listens at the URL, in Vietnamese too', async () => {
    const closed = await startMockGateway({ port: 0 });
    await closed.close();
    const result = await run(['--lang', 'vi', 'doctor', '--gateway-url', closed.url], { env });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/\[LỖI\] +Kết nối tới cổng: /);
    expect(result.stdout).toContain('Cách khắc phục: Không có dịch vụ nghe ở máy và cổng này');
  });

  it('fails a 404 health answer with a hint about the URL path', async () => {
    const { report } = await doctor(['--gateway-url', `${gateway.url}/wrong/prefix`], env);
    const reachable = report.checks.find((c) => c.id === 'reachable');
    expect(reachable?.status).toBe('fail');
    expect(reachable?.fix).toContain('path prefix');
  });
});

describe('chiase doctor, TLS certificate chain', () => {
  // The mock gateway has no TLS face: a bare HTTPS endpoint with a test certificate stands in for it.
  let server: Server;
  let url: string;

  beforeAll(async () => {
    server = createHttpsServer(
      { key: readFileSync(join(tls, 'server.key')), cert: readFileSync(join(tls, 'server.pem')) },
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"status":"ok"}');
      },
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('fails a chain that does not lead to a trusted root and points at --ca', async () => {
    const { code, report } = await doctor(['--gateway-url', url], { LANG: 'en' });
    expect(code).toBe(1);
    const check = report.checks.find((c) => c.id === 'tls');
    expect(check?.status).toBe('fail');
    expect(check?.detail).toContain('127.0.0.1 ← Chiase Test CA');
    expect(check?.detail).toContain('UNABLE_TO_VERIFY_LEAF_SIGNATURE');
    expect(check?.fix).toContain('--ca <file.pem>');
    expect(statusOf(report).reachable).toBe('skip');
  });

  it('passes the chain when its CA is given with --ca, and reports the expiry', async () => {
    const { report } = await doctor(['--gateway-url', url, '--ca', join(tls, 'ca.pem')], { LANG: 'en' });
    const check = report.checks.find((c) => c.id === 'tls');
    expect(check?.status).toBe('pass');
    expect(check?.detail).toMatch(/chain of 2, expires .+ \(\d+ days left\)/);
    expect(statusOf(report).reachable).toBe('pass');
  });
});
