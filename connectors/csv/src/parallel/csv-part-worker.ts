// The worker of a two-part validation (see validate-in-two-parts.ts): finds where the file's later
// part starts, then decodes, parses and validates it into a clean part and an error-report part.
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { formatCsvErrorReportLines } from '@chiase/connector-kit';
import { decodeText } from '../encoding/decode-text';
import { parseCsv } from '../parse/parse-csv';
import { CleanCsvWriter } from '../publish/clean-csv-writer';
import { validateRows } from '../schema/validate-rows';
import { findRecordBoundary } from './find-record-boundary';
import { LaterPartBudget } from './later-part-budget';
import { PartCounters } from './part-counters';
import { type PartWorkerData, type PartWorkerMessage, serializePartError } from './part-worker-protocol';

const CHUNK = 65_536;

async function run(data: PartWorkerData, post: (message: PartWorkerMessage) => void): Promise<void> {
  const boundary = await findRecordBoundary(data.path, {
    delimiter: data.delimiter.charCodeAt(0),
    start: data.start,
    from: data.from,
  });
  // A cut at the end leaves the worker nothing to do.
  if (boundary === undefined || boundary.offset >= data.size) {
    post({ type: 'no-cut' });
    return;
  }
  post({ type: 'cut', ...boundary });
  const counters = new PartCounters(data.counters);
  const budget = new LaterPartBudget(data.budget, counters);
  const clean = new CleanCsvWriter(data.cleanPath, data.columns, { part: true });
  const report = createWriteStream(data.reportPath);
  const read = { bytes: 0, rows: 0 };
  let errors = 0;
  let failure: PartWorkerMessage | undefined;
  try {
    const bytes = createReadStream(data.path, { start: boundary.offset, highWaterMark: CHUNK });
    const text = decodeText(bytes, {
      encoding: data.encoding,
      continueAt: boundary.offset,
      fatal: data.fatal,
      progress: read,
    });
    const rows = parseCsv(text, { delimiter: data.delimiter, startLine: boundary.line });
    for await (const batch of validateRows(rows, data.schema, { budget, header: data.header })) {
      await clean.write(batch.records);
      if (batch.errors.length > 0) {
        errors += batch.errors.length;
        if (!report.write(formatCsvErrorReportLines(batch.errors))) await once(report, 'drain');
      }
      counters.setLater(budget.rows, read.bytes);
    }
  } catch (error) {
    failure = { type: 'failed', error: serializePartError(error), errors };
  }
  counters.setLater(budget.rows, read.bytes);
  const reportDone = once(report, 'finish');
  report.end();
  await reportDone;
  const file = await clean.close();
  post(
    failure ?? {
      type: 'done',
      rows: budget.rows,
      invalid: budget.invalidRows,
      errors,
      cleanRows: file.rows,
      bytes: read.bytes,
      trace: budget.trace,
    },
  );
}

const port = parentPort;
if (port) {
  const post = (message: PartWorkerMessage) => port.postMessage(message);
  run(workerData as PartWorkerData, post).catch((error: unknown) =>
    post({ type: 'failed', error: serializePartError(error), errors: undefined }),
  );
}
