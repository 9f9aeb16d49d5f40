// Two-part validation through publishCsv, against the mock gateway: whatever the file, the run on
// two threads must give what the run on one gives (clean file, digest, counts, error report,
// verdict). The worker runs the built script (dist/csv-part-worker.js): `npm test` builds first.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGatewayClient } from '@chiase/client';
import { type RunningMockGateway, startMockGateway } from '@chiase/mock-gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeTcvn3 } from '../encoding/tcvn3';
import { CsvSyntaxError } from '../errors/csv-syntax-error';
import { DecodeError } from '../errors/decode-error';
import { ErrorBudgetExceededError } from '../errors/error-budget-exceeded-error';
import { type PublishCsvOptions, type PublishCsvResult, publishCsv } from '../publish/publish-csv';
import { parseDatasetSchema } from '../schema/load-dataset-schema';

const schema = parseDatasetSchema({
  columns: [
    { name: 'ma', header: ['Mã'], type: 'string', required: true },
    { name: 'ho_ten', header: ['Họ và tên'], type: 'string', required: true },
    { name: 'ngay_sinh', header: ['Ngày sinh'], type: 'date', required: true },
    { name: 'dia_chi', header: ['Địa chỉ'], type: 'string' },
    { name: 'ma_tinh', header: ['Mã tỉnh'], type: 'string', required: true, format: 'province-code' },
  ],
});

const metadata = {
  title: { vi: 'Sổ đăng ký thử nghiệm' },
  description: { vi: 'Dùng cho kiểm thử.' },
  publisher: { id: 'H12.01', name: 'Sở Thử nghiệm' },
  contactPoint: { name: 'Phòng Thử nghiệm', email: 'test@example.gov.vn' },
  updateFrequency: 'ANNUAL' as const,
  issued: '2026-01-05',
};

let gateway: RunningMockGateway;
let dir: string;
let datasets = 0;
beforeAll(async () => {
  gateway = await startMockGateway({ port: 0 });
  dir = mkdtempSync(join(tmpdir(), 'chiase-two-parts-test-'));
});
afterAll(async () => {
  await gateway.close();
  rmSync(dir, { recursive: true, force: true });
});

const client = () =>
  createGatewayClient(
    { gatewayUrl: gateway.url, consumerKey: 'test-consumer', consumerSecret: 'test-secret', logLevel: 'off' },
    { env: false },
  );

/** A register of `rows` data rows; `bad(i)` makes row i invalid. Addresses are quoted, some over two lines. */
function register(rows: number, bad: (i: number) => boolean = () => false, eol = '\r\n'): string {
  const lines = ['Mã,Họ và tên,Ngày sinh,Địa chỉ,Mã tỉnh'];
  for (let i = 1; i <= rows; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const address = i % 7 === 0 ? `"Số ${i}, ""Ngõ"" Trúc\nPhường Ba Đình"` : `"Số ${i} đường Lê Lợi"`;
    lines.push(`${i},Nguyễn Văn Định ${i},${bad(i) ? '31/02/1990' : `${day}/05/1990`},${address},01`);
  }
  return lines.join(eol) + eol;
}

function write(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

type Run = { result?: PublishCsvResult; error?: unknown; report?: string };

/** Publishes `file` to a new dataset, on one thread or two. */
async function run(file: string, parallel: boolean, extra: Partial<PublishCsvOptions> = {}): Promise<Run> {
  const errorReport = `${file}.${parallel ? 2 : 1}.errors.csv`;
  const outcome: Run = {};
  try {
    outcome.result = await publishCsv({
      file,
      datasetId: `ds-${++datasets}`,
      schema,
      client: client(),
      dataset: metadata,
      license: 'https://data.gov.vn/giay-phep',
      today: '2026-03-02',
      errorReport,
      parallel,
      ...extra,
    });
  } catch (error) {
    outcome.error = error;
  }
  if (existsSync(errorReport)) outcome.report = readFileSync(errorReport, 'utf8');
  return outcome;
}

/** Runs both ways; expects the same outcome, and two threads when asked. */
async function same(file: string, extra: Partial<PublishCsvOptions> = {}) {
  const one = await run(file, false, extra);
  const two = await run(file, true, extra);
  expect(one.result?.threads ?? 1).toBe(1);
  // A run the budget stopped lists the errors found until then, which differ with the threads.
  const budget = ErrorBudgetExceededError.isInstance(one.error);
  if (!budget) expect(two.report).toBe(one.report);
  else expect(two.report?.split('\r\n')[1]).toBe(one.report?.split('\r\n')[1]);
  if (one.error === undefined) {
    const pick = (r: PublishCsvResult | undefined) =>
      r && { rows: r.rows, sha256: r.sha256, byteSize: r.byteSize };
    expect(pick(two.result)).toEqual(pick(one.result));
    expect(two.error).toBeUndefined();
  } else {
    expect(two.error).toBeInstanceOf((one.error as object).constructor);
    expect((two.error as { code: string }).code).toBe((one.error as { code: string }).code);
  }
  return { one, two };
}

describe('publishCsv on two threads', () => {
  it('gives the clean file, digest, counts and error report of one thread, with bad rows in both parts', async () => {
    const file = write(
      'both.csv',
      register(3000, (i) => i % 97 === 0),
    );
    const { one, two } = await same(file);
    expect(two.result?.threads).toBe(2);
    expect(one.result?.rows).toEqual({ valid: 3000 - 30, invalid: 30 });
    // The report lists lines from both parts, in file order.
    const lines = (two.report ?? '')
      .split('\r\n')
      .slice(1, -1)
      .map((l) => Number(l.split(',')[0]));
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(lines.at(-1)).toBeGreaterThan(3000);
    // What the gateway holds is the file both runs made.
    const download = await client().openData.downloadDistribution(`ds-${datasets}`, 'csv');
    expect(download.bytes.byteLength).toBe(two.result?.byteSize);
  });

  it('reads LF files and TCVN3 files the same way', async () => {
    await same(
      write(
        'lf.csv',
        register(2000, (i) => i === 1500, '\n'),
      ),
    );
    const tcvn3 = write('tcvn3.csv', encodeTcvn3(register(2000, (i) => i === 10 || i === 1900)));
    const { two } = await same(tcvn3, { encoding: 'tcvn3' });
    expect(two.result?.threads).toBe(2);
    const detected = await same(tcvn3);
    expect(detected.two.result?.threads).toBe(2);
  });

  it('stops on maxErrors counted over both parts, and publishes nothing', async () => {
    // 12 bad rows, all in the later part: over 10 only when the later part's are counted.
    const file = write(
      'later-bad.csv',
      register(3000, (i) => i > 2500 && i % 40 === 0),
    );
    const { two } = await same(file, { maxErrors: 10 });
    expect(ErrorBudgetExceededError.isInstance(two.error)).toBe(true);
    expect(
      await client()
        .openData.getDataset(`ds-${datasets}`)
        .catch((e: { status?: number }) => e.status),
    ).toBe(404);
    await same(file, { maxErrors: 12 });
  });

  it('fails on a rate passed for a while in the later part, as one thread does, though the end rate is under it', async () => {
    // Rows 1300–1700 bad: at row 1700 the rate is 401/1700 = 23.6 %, at the end 401/3000 = 13.4 %.
    const file = write(
      'burst.csv',
      register(3000, (i) => i >= 1300 && i <= 1700),
    );
    const over = await same(file, { maxErrorRate: 0.2 });
    expect(over.one.error).toBeInstanceOf(ErrorBudgetExceededError);
    const under = await same(file, { maxErrorRate: 0.25 });
    expect(under.two.result?.threads).toBe(2);
    const low = await same(file, { maxErrorRate: 0.1 });
    expect(low.two.error).toBeInstanceOf(ErrorBudgetExceededError);
  });

  it('reports a decode error of the later part at its offset in the file', async () => {
    const text = Buffer.from(register(3000), 'utf8');
    const at = Math.floor(text.length * 0.8);
    const bad = Buffer.concat([text.subarray(0, at), Buffer.from([0xff]), text.subarray(at)]);
    const { one, two } = await same(write('bad-bytes.csv', bad), { encoding: 'utf-8' });
    expect(DecodeError.isInstance(two.error)).toBe(true);
    const offset = (one.error as DecodeError).byteOffset;
    expect((two.error as DecodeError).byteOffset).toBe(offset);
    // The byte itself, or the start of the character it cut into.
    expect(offset).toBeGreaterThanOrEqual(at - 3);
    expect(offset).toBeLessThanOrEqual(at);
  });

  it('reports a quote never closed in the later part on its line; an error of the first part wins over it', async () => {
    const text = `${register(3000)}3001,"Nguyễn Văn Định,01/01/1990,x,01\r\n`;
    const { one, two } = await same(write('open-quote.csv', text));
    expect(CsvSyntaxError.isInstance(two.error) && two.error.code).toBe('csv.unclosed_quote');
    // Lines count the addresses written over two lines: 1 header + 3000 rows + 428 extra lines.
    expect((two.error as CsvSyntaxError).line).toBe(3430);
    expect((one.error as CsvSyntaxError).line).toBe(3430);
    // maxErrors 0 and a bad row in the first part: the budget stops the run before the quote is reached.
    const both = write('open-quote-bad-first.csv', text.replace(',01/05/1990,', ',31/02/1990,'));
    const { one: first } = await same(both, { maxErrors: 0 });
    expect(first.error).toBeInstanceOf(ErrorBudgetExceededError);
  });

  it('stays on one thread, with the same result, when no record starts after the middle', async () => {
    const text = `${register(5)}6,An,01/01/1990,"${'một địa chỉ rất dài\n'.repeat(2000)}",01\r\n`;
    const { two } = await same(write('one-record-tail.csv', text));
    expect(two.result?.threads).toBe(1);
  });

  it('stops both threads on abort and publishes nothing', async () => {
    const file = write('abort.csv', register(20_000));
    const controller = new AbortController();
    const reason = new Error('stop');
    const outcome = await run(file, true, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.validRows > 2000) controller.abort(reason);
      },
    });
    expect(outcome.error).toBe(reason);
    expect(
      await client()
        .openData.getDataset(`ds-${datasets}`)
        .catch((e: { status?: number }) => e.status),
    ).toBe(404);
  });
});
