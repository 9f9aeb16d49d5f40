// One benchmark case in its own process, so that its peak RSS is its own. A case loads its modules,
// then returns the work that is timed.
// Usage: node bench/measure.mjs <case> <file.csv> <schema.json> [gateway-url]; prints one JSON line.
// With CHIASE_BENCH_TRACE=1, samples process.memoryUsage() every 250 ms and prints the peaks of each
// part (heap, external, array buffers) to stderr, to see where the memory goes.
// Each case imports only what it uses, so that a case's peak RSS holds no other case's modules.
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const chiase = () => import('../dist/index.js');

const [, , name, file, schemaPath, gatewayUrl] = process.argv;

const cases = {
  // shared/BASELINES.md §3: `Papa.parse(readStream, {header, step})`, utf8 strings (raw Buffers corrupt text).
  papaparse: async () => {
    const { default: Papa } = await import('papaparse');
    return () =>
      new Promise((resolve, reject) => {
        let rows = 0;
        Papa.parse(createReadStream(file, { encoding: 'utf8' }), {
          header: true,
          step: () => {
            rows++;
          },
          complete: () => resolve({ rows }),
          error: reject,
        });
      });
  },
  'csv-parse': async () => {
    const { parse: csvParse } = await import('csv-parse');
    return async () => {
      let rows = 0;
      for await (const _ of createReadStream(file).pipe(csvParse({ columns: true }))) rows++;
      return { rows };
    };
  },
  'chiase decode+parse': async () => {
    const { readRows } = await chiase();
    return async () => {
      let rows = -1; // header
      for await (const batch of readRows(file)) rows += batch.length;
      return { rows };
    };
  },
  'chiase decode+parse+validate': async () => {
    const { loadDatasetSchema, readRows, validateRows } = await chiase();
    const schema = await loadDatasetSchema(schemaPath);
    return async () => {
      let rows = 0;
      const progress = { validRows: 0, invalidRows: 0 };
      for await (const batch of validateRows(readRows(file), schema, { progress })) {
        rows += batch.records.length;
      }
      const invalid = progress.invalidRows;
      return { rows: rows + invalid, valid: rows, invalid };
    };
  },
  // The whole pipeline: decode, parse, validate, write the clean CSV and the error report, put the
  // dataset and upload the file to a mock gateway running in another process.
  'chiase publish': () => publishCase(undefined),
  // The same on one thread (`parallel: false`): what a one-core machine, or a UTF-16 or .xlsx file, gets.
  'chiase publish (1 thread)': () => publishCase(false),
};

/** The whole pipeline: `publishCsv` to the mock gateway at `gatewayUrl`; `parallel` as given. */
async function publishCase(parallel) {
  if (!gatewayUrl) throw new Error('chiase publish needs the gateway URL');
  const { loadDatasetSchema, publishCsv } = await chiase();
  const { createGatewayClient } = await import('@chiase/client');
  const schema = await loadDatasetSchema(schemaPath);
  const client = createGatewayClient(
    {
      gatewayUrl,
      consumerKey: 'test-consumer',
      consumerSecret: 'test-secret',
      logLevel: 'off',
      // A 1 GB upload to a mock that buffers it takes a while; not what is measured.
      timeout: 600_000,
    },
    { env: false },
  );
  return async () => {
    const out = mkdtempSync(join(tmpdir(), 'chiase-bench-report-'));
    const phases = {};
    try {
      const result = await publishCsv({
        file,
        datasetId: `bench-${process.pid}`,
        schema,
        client,
        parallel,
        license: 'https://data.gov.vn/giay-phep',
        errorReport: join(out, 'errors.csv'),
        onProgress: ({ phase }) => {
          phases[phase] ??= performance.now();
        },
        dataset: {
          title: { vi: 'Sổ đăng ký mẫu', en: 'Sample register' },
          description: { vi: 'Tập dữ liệu đo hiệu năng.' },
          publisher: { id: 'H12.01', name: 'Sở Thử nghiệm' },
          contactPoint: { name: 'Phòng Thử nghiệm', email: 'bench@example.gov.vn' },
          updateFrequency: 'ANNUAL',
          issued: '2026-01-05',
        },
      });
      const { valid, invalid } = result.rows;
      const uploadMs = (phases.done ?? Number.NaN) - (phases.uploading ?? Number.NaN);
      return {
        rows: valid + invalid,
        valid,
        invalid,
        status: result.status,
        uploadMs,
        threads: result.threads,
      };
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  };
}

const load = cases[name];
if (!load) throw new Error(`unknown case ${name}`);
// Loading the modules is not timed; their memory is part of the peak RSS, as in any real run.
const run = await load();
const peaks = { rss: 0, heapTotal: 0, heapUsed: 0, external: 0, arrayBuffers: 0 };
const sample = () => {
  const m = process.memoryUsage();
  for (const k of Object.keys(peaks)) peaks[k] = Math.max(peaks[k], m[k]);
};
const trace = process.env.CHIASE_BENCH_TRACE === '1' ? setInterval(sample, 250) : undefined;
const cpu0 = process.cpuUsage();
const start = performance.now();
const result = await run();
const ms = performance.now() - start;
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000;
const maxRssMB = process.resourceUsage().maxRSS / 1024;
if (trace) {
  clearInterval(trace);
  sample();
  const mb = Object.entries(peaks).map(([k, v]) => `${k} ${(v / 2 ** 20).toFixed(0)}`);
  process.stderr.write(`${name}: peak MB (sampled): ${mb.join(', ')}\n`);
}
process.stdout.write(`${JSON.stringify({ name, ms, cpuMs, ...result, maxRssMB })}\n`);
