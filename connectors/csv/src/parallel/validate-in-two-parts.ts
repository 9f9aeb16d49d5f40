import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { type CsvErrorReportWriter, ErrorBudgetExceededError as KitBudgetError } from '@chiase/connector-kit';
import { createChunkDecoder } from '../encoding/create-chunk-decoder';
import { chooseEncoding, decodeText } from '../encoding/decode-text';
import type { TextEncodingName } from '../encoding/encoding-name';
import { NfcNormalizer } from '../encoding/nfc-normalizer';
import { ErrorBudgetExceededError } from '../errors/error-budget-exceeded-error';
import { CsvParser, type CsvRow } from '../parse/csv-parser';
import type { CsvDelimiter } from '../parse/detect-delimiter';
import { parseCsv } from '../parse/parse-csv';
import type { CleanCsvWriter } from '../publish/clean-csv-writer';
import type { DatasetSchema } from '../schema/dataset-schema';
import { validateRows } from '../schema/validate-rows';
import type { RecordBoundary } from './find-record-boundary';
import { FirstPartBudget } from './first-part-budget';
import { PartCounters } from './part-counters';
import { deserializePartError, type PartWorkerData, type PartWorkerMessage } from './part-worker-protocol';
import { partWorkerUrl } from './part-worker-url';
import { settlePartBudgets } from './settle-part-budgets';

/** Files smaller than this stay on one thread unless asked: starting the worker costs more than it saves. */
export const TWO_PART_MIN_BYTES = 8 * 1024 * 1024;
const CHUNK = 65_536;
const HEAD = 65_536;
// The worker's young generation. bench/, 1M rows: 16 MB ran the whole publish in 3.5–3.7 s at
// 151 MB peak RSS; 8 MB in 3.9–4.5 s at 147–149 MB, once 218 MB; 12 MB (and 6) now and then ran
// slow at ~205 MB (batches promoted to the old generation, it seems).
const WORKER_YOUNG_GENERATION_MB = 16;

/** Options of {@link validateInTwoParts}. */
export interface TwoPartOptions {
  file: string;
  schema: DatasetSchema;
  encoding?: TextEncodingName;
  maxErrors?: number;
  maxErrorRate?: number;
  signal?: AbortSignal;
  /** true: whatever the file's size; undefined: from {@link TWO_PART_MIN_BYTES} on, with two cores or more. */
  force?: boolean;
  /** Where the worker's parts are written (removed by the caller). */
  workDir: string;
  /** The clean file (its header already written) and the error report. */
  writer: CleanCsvWriter;
  report: CsvErrorReportWriter;
  /** The stream `report` writes to, for appending the worker's report lines. */
  reportStream: Writable;
  /** Called after each batch with the counters of both parts. */
  onProgress?: (progress: { bytes: number; validRows: number; invalidRows: number }) => void;
}

/** What a two-part validation did. */
export interface TwoPartOutcome {
  /** Rejected rows and error-report lines, both parts together. */
  invalidRows: number;
  errors: number;
  /** 2 when the worker validated the later part; 1 when the file had no place to cut it. */
  threads: 1 | 2;
}

/** The file's encoding, delimiter and header, read from its first bytes; undefined when not suited. */
async function readHead(file: FileHandle, size: number, encoding: TextEncodingName | undefined) {
  const head = Buffer.allocUnsafe(Math.min(HEAD, size));
  const { bytesRead } = await file.read(head, 0, head.length, 0);
  const detection = chooseEncoding(head.subarray(0, bytesRead), encoding ?? 'auto', bytesRead >= size, HEAD);
  // Cutting bytes needs `"`, CR, LF and the delimiters to be one byte each, found in no other character.
  if (detection.encoding === 'utf-16le' || detection.encoding === 'utf-16be') return undefined;
  // Not fatal: the head may end inside a character; only its first lines are used.
  const decoder = createChunkDecoder(detection.encoding, { fatal: false });
  const nfc = new NfcNormalizer();
  const text = nfc.write(decoder.write(head.subarray(detection.bomLength, bytesRead))) + nfc.end();
  const parser = new CsvParser();
  let rows: CsvRow[];
  try {
    // The whole file: its last record is complete too (and the delimiter is detected from fewer lines).
    rows = bytesRead >= size ? [...parser.push(text), ...parser.end()] : parser.push(text);
  } catch {
    return undefined; // a quote never closed: the one-thread run reports it
  }
  const header = rows[0];
  const delimiter = parser.delimiter;
  // Fewer than two complete records in the head: records too long to be worth cutting between.
  if (header === undefined || rows.length < 2 || delimiter === undefined) return undefined;
  return { encoding: detection.encoding, start: detection.bomLength, delimiter, header };
}

/**
 * Reads the file's first part: freely up to `from`, then up to the record boundary the worker
 * found (the whole file when it found none).
 */
async function* readFirstPart(
  path: string,
  from: number,
  cut: () => Promise<RecordBoundary | undefined>,
): AsyncGenerator<Uint8Array, void, undefined> {
  const file = await open(path, 'r');
  try {
    let pos = 0;
    let end: number | undefined;
    for (;;) {
      const limit = end ?? from;
      if (pos >= limit) {
        if (end !== undefined) return;
        end = (await cut())?.offset ?? Number.POSITIVE_INFINITY;
        continue;
      }
      const want = Math.min(CHUNK, limit - pos);
      const chunk = Buffer.allocUnsafeSlow(want);
      const { bytesRead } = await file.read(chunk, 0, want, pos);
      if (bytesRead === 0) return;
      pos += bytesRead;
      yield bytesRead === want ? chunk : chunk.subarray(0, bytesRead);
    }
  } finally {
    await file.close();
  }
}

/** Appends the worker's error-report lines to the report stream. */
async function appendReport(stream: Writable, path: string): Promise<void> {
  for await (const chunk of createReadStream(path, { highWaterMark: 256 * 1024 })) {
    if (!stream.write(chunk)) await once(stream, 'drain');
  }
}

/** The budget error of this package for the kit's one. */
function inRows(error: unknown): unknown {
  return KitBudgetError.isInstance(error) ? ErrorBudgetExceededError.fromBudget(error) : error;
}

/**
 * Validates a large CSV file on two threads, with the same clean file, error report and verdict
 * as on one: a worker finds the first record boundary past the middle of the file and validates
 * from there into files of its own, while this thread validates the first part into `writer` and
 * `report`; the worker's parts are then appended in order (the clean file's SHA-256 covers them).
 * `maxErrors` stops both threads as soon as the file is over it; the rate is settled as a
 * one-thread run would have (see `LaterPartBudget`). When both parts fail, the first part's error
 * is the one thrown, as on one thread — except that a worker over `maxErrors` stops the first part
 * at once. A run stopped by the budget has the same verdict but not always the same report: one
 * thread lists the errors up to the batch it stopped in, two threads also those the worker had
 * found by then. Returns undefined, having done nothing, when the file is not suited: an .xlsx, UTF-16, a
 * small file (unless `force`), one core, a head without two records, or no worker script.
 */
export async function validateInTwoParts(options: TwoPartOptions): Promise<TwoPartOutcome | undefined> {
  const { file: path, schema, signal } = options;
  if (path.toLowerCase().endsWith('.xlsx')) return undefined;
  const workerUrl = partWorkerUrl();
  if (workerUrl === undefined) return undefined;
  const handle = await open(path, 'r');
  let head: Awaited<ReturnType<typeof readHead>>;
  let size: number;
  try {
    size = (await handle.stat()).size;
    if (options.force !== true && (size < TWO_PART_MIN_BYTES || availableParallelism() < 2)) return undefined;
    head = await readHead(handle, size, options.encoding);
  } finally {
    await handle.close();
  }
  if (head === undefined) return undefined;
  const { encoding, start, delimiter, header } = head;
  const budgetOptions = {
    ...(options.maxErrors === undefined ? {} : { maxErrors: options.maxErrors }),
    ...(options.maxErrorRate === undefined ? {} : { maxErrorRate: options.maxErrorRate }),
  };
  const counters = new PartCounters();
  const budget = new FirstPartBudget(budgetOptions, counters);
  const from = start + Math.floor((size - start) / 2);
  const cleanPath = join(options.workDir, 'later-part.csv');
  const reportPath = join(options.workDir, 'later-part.errors.csv');
  const data: PartWorkerData = {
    path,
    size,
    start,
    from,
    encoding,
    fatal: true,
    delimiter: delimiter as CsvDelimiter,
    header: header as CsvRow,
    schema,
    columns: schema.columns.map((c) => c.name),
    budget: budgetOptions,
    counters: counters.buffer,
    cleanPath,
    reportPath,
  };
  const worker = new Worker(workerUrl, {
    workerData: data,
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
  });
  const stop = new AbortController();
  let cut: Promise<RecordBoundary | undefined> | undefined;
  const outcome = new Promise<PartWorkerMessage & { type: 'done' | 'failed' | 'no-cut' }>(
    (resolve, reject) => {
      let resolveCut: (b: RecordBoundary | undefined) => void = () => undefined;
      let rejectCut: (e: unknown) => void = () => undefined;
      cut = new Promise((res, rej) => {
        resolveCut = res;
        rejectCut = rej;
      });
      // Observed by `readFirstPart` only when it gets there; a failure is reported through `outcome`.
      cut.catch(() => undefined);
      let settled = false;
      const fail = (error: unknown) => {
        if (settled) return;
        settled = true;
        rejectCut(error);
        reject(error);
        stop.abort(error);
      };
      worker.on('message', (message: PartWorkerMessage) => {
        if (message.type === 'cut') resolveCut({ offset: message.offset, line: message.line });
        else {
          if (message.type === 'no-cut') resolveCut(undefined);
          // A later part over maxErrors settles the run: stop the first part now.
          settled = true;
          if (message.type === 'failed' && message.error.kind === 'budget') stop.abort(WORKER_OVER_BUDGET);
          resolve(message);
        }
      });
      worker.on('error', fail);
      worker.on('exit', (code) =>
        fail(new Error(`The validation worker exited (code ${code}) before it finished`)),
      );
    },
  );
  outcome.catch(() => undefined);
  const read = { bytes: 0, rows: 0 };
  const first = { validRows: 0, invalidRows: 0 };
  const partSignal = signal ? AbortSignal.any([signal, stop.signal]) : stop.signal;
  const bytes = readFirstPart(path, from, () => cut as Promise<RecordBoundary | undefined>);
  const text = decodeText(bytes, { encoding, fatal: true, progress: read, signal: partSignal });
  const rows = parseCsv(text, { delimiter: delimiter as CsvDelimiter, signal: partSignal });
  try {
    try {
      for await (const batch of validateRows(rows, schema, { budget, progress: first, signal: partSignal })) {
        await options.writer.write(batch.records);
        await options.report.write(batch.errors);
        const later = counters.later;
        options.onProgress?.({
          bytes: read.bytes + later.bytes,
          validRows: first.validRows + later.rows - counters.laterInvalidRows,
          invalidRows: counters.invalidRows,
        });
      }
    } catch (error) {
      if (error !== WORKER_OVER_BUDGET) throw inRows(error);
      const failed = await outcome;
      if (failed.type === 'failed' && failed.errors !== undefined)
        await appendReport(options.reportStream, reportPath);
      throw inRows(failed.type === 'failed' ? deserializePartError(failed.error) : error);
    }
    const later = await outcome;
    if (later.type === 'failed') {
      if (later.errors !== undefined) await appendReport(options.reportStream, reportPath);
      throw deserializePartError(later.error);
    }
    if (later.type === 'no-cut') {
      settlePartBudgets(
        budgetOptions,
        { rows: budget.rows, invalid: budget.invalidRows },
        {
          rows: 0,
          invalid: 0,
          trace: { early: [], best: undefined },
        },
      );
      return { invalidRows: budget.invalidRows, errors: options.report.errors, threads: 1 };
    }
    await options.writer.append(cleanPath, later.cleanRows);
    await appendReport(options.reportStream, reportPath);
    options.onProgress?.({
      bytes: read.bytes + later.bytes,
      validRows: first.validRows + later.rows - later.invalid,
      invalidRows: budget.invalidRows + later.invalid,
    });
    try {
      settlePartBudgets(budgetOptions, { rows: budget.rows, invalid: budget.invalidRows }, later);
    } catch (error) {
      throw inRows(error);
    }
    return {
      invalidRows: budget.invalidRows + later.invalid,
      errors: options.report.errors + later.errors,
      threads: 2,
    };
  } finally {
    await worker.terminate();
  }
}

/** The reason the first part is stopped with when the worker found the file over `maxErrors`. */
const WORKER_OVER_BUDGET = new Error('the later part is over the error budget');
