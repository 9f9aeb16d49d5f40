import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { ErrorReportWriter } from '../spec/error-report-writer';
import type { RecordError } from '../spec/record-error';

/** The header of a CSV error report; `location` is named `line` for files and `key` for databases. */
export const CSV_ERROR_REPORT_COLUMNS = ['column', 'value', 'reason_vi', 'reason_en', 'code'] as const;

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
// A cell starting with these may run as a formula when the report is opened in a spreadsheet
// (CSV injection); a leading apostrophe keeps it text. Plain numbers such as -12 are left alone.
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;

function cell(text: string): string {
  const safe = FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Options of {@link createCsvErrorReportWriter}. */
export interface CsvErrorReportOptions {
  /** First column: `line` (file sources, the default) or `key` (database and feed sources). */
  location?: 'line' | 'key';
}

/** A CSV error report writer that can also be ended. */
export interface CsvErrorReportWriter extends ErrorReportWriter {
  /** Errors written so far. */
  readonly errors: number;
  /** Ends the report and waits until it is fully written. */
  close(): Promise<void>;
}

/**
 * Formats errors as error-report CSV lines (CRLF-terminated, formulas defused), without header or
 * BOM: what {@link createCsvErrorReportWriter} appends for each batch.
 */
export function formatCsvErrorReportLines(
  errors: readonly RecordError[],
  options: CsvErrorReportOptions = {},
): string {
  const byLine = (options.location ?? 'line') === 'line';
  let out = '';
  for (const e of errors) {
    const where = byLine ? (e.line?.toString() ?? '') : cell(e.key ?? '');
    out += `${where},${cell(e.column)},${cell(e.value)},${cell(e.reason.vi)},${cell(e.reason.en)},${cell(e.code)}\r\n`;
  }
  return out;
}

/**
 * Writes an error report as CSV in UTF-8 with a BOM (so spreadsheet programs show Vietnamese
 * correctly) and CRLF line ends: `line|key, column, value, reason_vi, reason_en, code` — the same
 * format as the CSV connector's report. Waits for the stream to drain, so memory stays bounded.
 */
export function createCsvErrorReportWriter(
  stream: Writable,
  options: CsvErrorReportOptions = {},
): CsvErrorReportWriter {
  const location = options.location ?? 'line';
  stream.write(`\ufeff${[location, ...CSV_ERROR_REPORT_COLUMNS].join(',')}\r\n`);
  let count = 0;
  return {
    get errors() {
      return count;
    },
    async write(errors: readonly RecordError[]) {
      if (errors.length === 0) return;
      count += errors.length;
      if (!stream.write(formatCsvErrorReportLines(errors, { location }))) await once(stream, 'drain');
    },
    async close() {
      const finished = once(stream, 'finish');
      stream.end();
      await finished;
    },
  };
}
