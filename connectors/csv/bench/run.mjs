// npm run bench -w @chiase/connector-csv  (after npm run build -w @chiase/connector-csv)
// Generates the 1M-row register of issue 4 in a temp dir, then measures, each in its own process:
// papaparse-only parse, csv-parse-only parse, Chiase decode+parse, Chiase decode+parse+validate.
// Options: --rows N (default 1,000,000), --runs N (default 1; the median is shown), --keep.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateRegister } from './generate-register.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const arg = (flag, fallback) => {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const rows = arg('--rows', 1_000_000);
const runs = arg('--runs', 1);
const CASES = ['papaparse', 'csv-parse', 'chiase decode+parse', 'chiase decode+parse+validate'];

const dir = mkdtempSync(join(tmpdir(), 'chiase-csv-bench-'));
const file = join(dir, 'register.csv');
const schema = join(here, '../test/fixtures/register.schema.json');
try {
  const t = performance.now();
  const { bytes, defects } = await generateRegister(file, rows);
  console.log(
    `register: ${rows.toLocaleString('en')} rows, ${(bytes / 1e6).toFixed(1)} MB, ${defects} defective rows, generated in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
  console.log(
    `node ${process.version}, ${cpus().length} CPU (${cpus()[0]?.model ?? '?'}), ${runs} run(s) per case, median shown\n`,
  );
  const results = [];
  for (const name of CASES) {
    const samples = [];
    for (let r = 0; r < runs; r++) {
      const out = execFileSync(process.execPath, [join(here, 'measure.mjs'), name, file, schema], {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
      });
      samples.push(JSON.parse(out.trim().split('\n').pop()));
    }
    samples.sort((a, b) => a.ms - b.ms);
    results.push(samples[Math.floor(samples.length / 2)]);
  }
  const papa = results[0];
  const papaRate = papa.rows / (papa.ms / 1000);
  const table = [['case', 'rows', 'time s', 'CPU s', 'rows/s', '× papaparse', 'peak RSS MB', 'note']];
  for (const r of results) {
    const rate = r.rows / (r.ms / 1000);
    const note =
      r.invalid === undefined
        ? ''
        : `${r.valid} valid, ${r.invalid} invalid (generator: ${defects} defective)`;
    table.push([
      r.name,
      String(r.rows),
      (r.ms / 1000).toFixed(2),
      (r.cpuMs / 1000).toFixed(2),
      Math.round(rate).toLocaleString('en'),
      (rate / papaRate).toFixed(2),
      r.maxRssMB.toFixed(0),
      note,
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
      .join(' ')} (other processes share the CPUs)`,
  );
} finally {
  if (!process.argv.includes('--keep')) rmSync(dir, { recursive: true, force: true });
  else console.log(`\nkept ${dir}`);
}
