// npm run bench -w @chiase/connector-csv  (after `npx turbo run build --filter=@chiase/connector-csv...`)
// Generates the 1M-row register of issue 4 in a temp dir, then measures, each in its own process:
// papaparse-only parse, csv-parse-only parse, Chiase decode+parse, Chiase decode+parse+validate, and
// the whole pipeline (`publishCsv` to a mock gateway running in a third process, so that the file it
// holds in memory is not counted), on two threads (the default for a file this size) and on one.
// The publish cases run again on a generated 5M-row register.
// Options: --rows N (default 1,000,000), --big-rows N (default 5,000,000), --no-big (or
// CHIASE_BENCH_SKIP_BIG=1: skip the big register), --runs N (default 1; the median is shown), --keep.
// Goals (issue 4): ≥ 200k rows/s end to end on the 1M register, peak RSS ≤ 150 MB on 1M and 5M rows alike.
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { generateRegister } from './generate-register.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const arg = (flag, fallback) => {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const rows = arg('--rows', 1_000_000);
const bigRows = arg('--big-rows', 5_000_000);
const runs = arg('--runs', 1);
const skipBig = process.argv.includes('--no-big') || process.env.CHIASE_BENCH_SKIP_BIG === '1';
const INPUT_CASES = ['papaparse', 'csv-parse', 'chiase decode+parse', 'chiase decode+parse+validate'];
const GOAL = { rate: 200_000, rssMB: 150 };

const dir = mkdtempSync(join(tmpdir(), 'chiase-csv-bench-'));
const schema = join(here, '../test/fixtures/register.schema.json');
const short = (n) => (n % 1_000_000 === 0 ? `${n / 1_000_000}M` : n.toLocaleString('en'));

/** Starts the mock gateway in its own process; resolves with its URL and a stop function. */
async function startGateway() {
  const child = spawn(process.execPath, [join(here, 'gateway.mjs')], { stdio: ['pipe', 'pipe', 'inherit'] });
  const [line] = await once(createInterface({ input: child.stdout }), 'line');
  return {
    url: JSON.parse(line).url,
    stop: async () => {
      const exited = once(child, 'exit');
      child.stdin.end();
      await exited;
    },
  };
}

/** Runs one case `runs` times, each in a new process; the median by time. */
async function measure(name, file, label = name) {
  const samples = [];
  for (let r = 0; r < runs; r++) {
    const gateway = name.startsWith('chiase publish') ? await startGateway() : undefined;
    try {
      const out = execFileSync(
        process.execPath,
        [join(here, 'measure.mjs'), name, file, schema, ...(gateway ? [gateway.url] : [])],
        { encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'inherit'] },
      );
      samples.push({ ...JSON.parse(out.trim().split('\n').pop()), name: label });
    } finally {
      await gateway?.stop();
    }
  }
  samples.sort((a, b) => a.ms - b.ms);
  return samples[Math.floor(samples.length / 2)];
}

async function register(n) {
  const file = join(dir, `register-${n}.csv`);
  const t = performance.now();
  const { bytes, defects } = await generateRegister(file, n);
  console.log(
    `register: ${n.toLocaleString('en')} rows, ${(bytes / 1e6).toFixed(1)} MB, ${defects} defective rows, generated in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
  return { file, defects };
}

try {
  console.log(
    `node ${process.version}, ${cpus().length} CPU (${cpus()[0]?.model ?? '?'}), ${runs} run(s) per case, median shown`,
  );
  const small = await register(rows);
  const results = [];
  for (const name of INPUT_CASES)
    results.push({ ...(await measure(name, small.file)), defects: small.defects });
  results.push({
    ...(await measure('chiase publish', small.file, `chiase publish (${short(rows)})`)),
    defects: small.defects,
    goal: { rate: true },
  });
  results.push({
    ...(await measure('chiase publish (1 thread)', small.file, `chiase publish, 1 thread (${short(rows)})`)),
    defects: small.defects,
    goal: { rate: false },
  });
  if (!process.argv.includes('--keep')) rmSync(small.file, { force: true });
  if (!skipBig) {
    const big = await register(bigRows);
    results.push({
      ...(await measure('chiase publish', big.file, `chiase publish (${short(bigRows)})`)),
      defects: big.defects,
      goal: { rate: false },
    });
    results.push({
      ...(await measure(
        'chiase publish (1 thread)',
        big.file,
        `chiase publish, 1 thread (${short(bigRows)})`,
      )),
      defects: big.defects,
      goal: { rate: false },
    });
    if (!process.argv.includes('--keep')) rmSync(big.file, { force: true });
  }
  console.log('');

  const papa = results[0];
  const papaRate = papa.rows / (papa.ms / 1000);
  const table = [['case', 'rows', 'time s', 'CPU s', 'rows/s', '× papaparse', 'peak RSS MB', 'note']];
  for (const r of results) {
    const rate = r.rows / (r.ms / 1000);
    const notes = [];
    if (r.invalid !== undefined) notes.push(`${r.invalid} invalid (generator: ${r.defects} defective)`);
    if (r.threads !== undefined) notes.push(`${r.threads} thread${r.threads === 1 ? '' : 's'}`);
    if (r.uploadMs !== undefined) notes.push(`of which upload ${(r.uploadMs / 1000).toFixed(1)} s`);
    if (r.goal) {
      // Issue 4 sets the rate for the 1M register, the memory for 1M and 5M rows alike.
      const memory = `≤ ${GOAL.rssMB} MB ${r.maxRssMB <= GOAL.rssMB ? 'met' : 'missed'}`;
      const speed = `≥ ${GOAL.rate / 1000}k rows/s ${rate >= GOAL.rate ? 'met' : 'missed'}`;
      notes.push(`goal ${r.goal.rate ? `${speed}, ` : ''}${memory}`);
    }
    table.push([
      r.name,
      String(r.rows),
      (r.ms / 1000).toFixed(2),
      (r.cpuMs / 1000).toFixed(2),
      Math.round(rate).toLocaleString('en'),
      (rate / papaRate).toFixed(2),
      r.maxRssMB.toFixed(0),
      notes.join('; '),
    ]);
  }
  const widths = table[0].map((_, c) => Math.max(...table.map((row) => row[c].length)));
  const line = (row) => `| ${row.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`;
  console.log(line(table[0]));
  console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  for (const row of table.slice(1)) console.log(line(row));
  console.log(
    `\nload average at the end: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')} (other processes share the CPUs; compare the × papaparse ratios)`,
  );
} finally {
  if (!process.argv.includes('--keep')) rmSync(dir, { recursive: true, force: true });
  else console.log(`\nkept ${dir}`);
}
