import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningMockGateway, startMockGateway } from '@chiase/mock-gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../test/memory-io';

const fixtures = join(import.meta.dirname, '../../test/fixtures/publish');
const out = mkdtempSync(join(tmpdir(), 'chiase-cli-publish-'));
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
afterAll(async () => {
  await gateway.close();
  rmSync(out, { recursive: true, force: true });
});

const publish = (extra: string[] = []) =>
  run(
    [
      'publish-csv',
      'truong-hoc.csv',
      '--dataset',
      'truong-thpt',
      '--schema',
      'schema.json',
      '--metadata',
      'dataset.json',
      '--license',
      'https://data.gov.vn/giay-phep',
      '--error-report',
      join(out, 'errors.csv'),
      ...extra,
    ],
    { env, cwd: fixtures },
  );

describe('chiase publish-csv', () => {
  it('publishes a register, then says it is unchanged on a second run', async () => {
    const first = await publish();
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      /^Published truong-thpt: 5 rows, 0 invalid rows left out \(sha256 [0-9a-f]{64}\)\.\n$/,
    );
    expect(gateway.state.openData.datasets.get('truong-thpt')).toBeDefined();
    const second = await publish(['--json']);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ status: 'unchanged', rows: { valid: 5, invalid: 0 } });
    // Validated on two threads (a worker takes the second half), it is the same file: unchanged.
    const third = await publish(['--json', '--threads', '2']);
    expect(JSON.parse(third.stdout)).toMatchObject({ status: 'unchanged', threads: 2 });
    const fourth = await publish(['--json', '--threads', '1']);
    expect(JSON.parse(fourth.stdout)).toMatchObject({ status: 'unchanged', threads: 1 });
  });

  it('loads the valid rows into a PGlite table with --table', async () => {
    const result = await publish([
      '--dataset',
      'truong-bang',
      '--table',
      'truong_thpt',
      '--database',
      join(out, 'db'),
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Loaded 5 rows into table truong_thpt\./);
  });

  it('stops with exit 1 and publishes nothing when the error budget is exceeded', async () => {
    const result = await run(
      [
        'publish-csv',
        'truong-hoc.csv',
        '--dataset',
        'truong-x',
        '--schema',
        'schema.json',
        '--encoding',
        'tcvn3',
        '--max-errors',
        '0',
        '--error-report',
        join(out, 'budget-errors.csv'),
      ],
      { env, cwd: fixtures },
    );
    expect(result.code).toBe(1);
    expect(gateway.state.openData.datasets.get('truong-x')).toBeUndefined();
    expect(existsSync(join(fixtures, 'truong-hoc.csv.errors.csv'))).toBe(false);
  });

  it('answers a usage error (exit 2) for a missing file or a bad number', async () => {
    const missing = await run(['publish-csv', 'nope.csv', '--dataset', 'd', '--schema', 'schema.json'], {
      env,
      cwd: fixtures,
    });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.csv does not exist/);
    const bad = await publish(['--max-error-rate', '2']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--max-error-rate needs a valid number/);
    const threads = await publish(['--threads', '4']);
    expect(threads.code).toBe(2);
    expect(threads.stderr).toMatch(/--threads takes 1 or 2, not "4"/);
    expect(readFileSync(join(fixtures, 'truong-hoc.csv'), 'utf8')).toMatch(/^Mã trường/);
  });
});
