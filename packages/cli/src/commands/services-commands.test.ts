import { join } from 'node:path';
import { type RunningMockGateway, startMockGateway } from '@chiase/mock-gateway';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../test/memory-io';

const fixtures = join(import.meta.dirname, '../../test/fixtures');
let gateway: RunningMockGateway;
let env: Record<string, string>;

beforeAll(async () => {
  gateway = await startMockGateway({ port: 0 });
  env = {
    LANG: 'en_US.UTF-8',
    CHIASE_GATEWAY_URL: gateway.url,
    CHIASE_CONSUMER_KEY: 'test-consumer',
    CHIASE_CONSUMER_SECRET: 'test-secret',
  };
});
afterAll(() => gateway.close());
beforeEach(() => gateway.reset());

describe('chiase services push', () => {
  it('registers a new description, then updates it with If-Match', async () => {
    const first = await run(['services', 'push', 'service-description.json'], { env, cwd: fixtures });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Registered service H47\.22\.DKDN\.TRACUU \(ETag .+\)\.\n$/);
    const second = await run(['services', 'push', 'service-description.json', '--json'], {
      env,
      cwd: fixtures,
    });
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ id: 'H47.22.DKDN.TRACUU', action: 'updated' });
    const update = gateway.requestLog
      .entries()
      .filter((e) => e.method === 'PUT')
      .at(-1);
    expect(update?.status).toBe(200);
  });

  it('takes the settings from flags', async () => {
    const result = await run(
      [
        'services',
        'push',
        'service-description.json',
        '--gateway-url',
        gateway.url,
        '--consumer-key',
        'test-consumer',
        '--consumer-secret',
        'test-secret',
        '--profile',
        'reference',
      ],
      { env: { LANG: 'en' }, cwd: fixtures },
    );
    expect(result.code).toBe(0);
  });

  it('refuses an invalid description before contacting the gateway', async () => {
    const result = await run(['services', 'push', 'service-description-invalid.json'], {
      env,
      cwd: fixtures,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('$.endpoints[0].method:');
    expect(gateway.requestLog.entries()).toHaveLength(0);
  });

  it('names the missing settings in the chosen language', async () => {
    const result = await run(['--lang', 'vi', 'services', 'push', 'service-description.json'], {
      env: {},
      cwd: fixtures,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Thiếu cấu hình cổng: CHIASE_GATEWAY_URL, CHIASE_CONSUMER_KEY');
  });

  it('reports a refused secret without ever printing it', async () => {
    const secret = 'wrong-secret-4711';
    const result = await run(
      ['services', 'push', 'service-description.json', '--consumer-secret', secret, '--json'],
      { env, cwd: fixtures },
    );
    expect(result.code).toBe(1);
    expect(`${result.stdout}${result.stderr}`).not.toContain(secret);
    expect(JSON.parse(result.stdout)).toMatchObject({ error: { status: 401 } });
  });
});

describe('chiase services list', () => {
  it('lists the catalogue with every entry, following pages', async () => {
    await run(['services', 'push', 'service-description.json'], { env, cwd: fixtures });
    const result = await run(['services', 'list'], { env });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/H47\.22\.DKDN\.TRACUU\s+\S+\s+\S+\s+\S.*/);
    expect(result.stdout).toMatch(/\d+ services?\.\n$/);
    const json = await run(['services', 'list', '--json', '--agency', 'H47.22'], { env });
    const ids = (JSON.parse(json.stdout) as { items: { id: string }[] }).items.map((i) => i.id);
    expect(ids).toContain('H47.22.DKDN.TRACUU');
  });

  it('exits 2 for an unknown profile', async () => {
    const result = await run(['services', 'list', '--profile', 'nope'], { env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown gateway profile "nope"');
  });
});
