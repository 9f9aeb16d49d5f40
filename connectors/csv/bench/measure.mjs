// One benchmark case in its own process, so that its peak RSS is its own.
// Usage: node bench/measure.mjs <case> <file.csv> <schema.json>; prints one JSON line.
import { createReadStream } from 'node:fs';
import { parse as csvParse } from 'csv-parse';
import Papa from 'papaparse';
import { loadDatasetSchema, readRows, validateRows } from '../dist/index.js';

const [, , name, file, schemaPath] = process.argv;

const cases = {
  // shared/BASELINES.md §3: `Papa.parse(readStream, {header, step})`, utf8 strings (raw Buffers corrupt text).
  papaparse: () =>
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
    }),
  'csv-parse': async () => {
    let rows = 0;
    for await (const _ of createReadStream(file).pipe(csvParse({ columns: true }))) rows++;
    return { rows };
  },
  'chiase decode+parse': async () => {
    let rows = -1; // header
    for await (const batch of readRows(file)) rows += batch.length;
    return { rows };
  },
  'chiase decode+parse+validate': async () => {
    const schema = await loadDatasetSchema(schemaPath);
    let rows = 0;
    let invalid = 0;
    const progress = { validRows: 0, invalidRows: 0 };
    for await (const batch of validateRows(readRows(file), schema, { progress })) {
      rows += batch.records.length;
    }
    invalid = progress.invalidRows;
    return { rows: rows + invalid, valid: rows, invalid };
  },
};

const run = cases[name];
if (!run) throw new Error(`unknown case ${name}`);
const cpu0 = process.cpuUsage();
const start = performance.now();
const result = await run();
const ms = performance.now() - start;
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000;
const maxRssMB = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ name, ms, cpuMs, ...result, maxRssMB })}\n`);
