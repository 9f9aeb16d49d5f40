import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import type { RowError } from '../schema/row-validator';

/** The header of an error report. */
export const ERROR_REPORT_COLUMNS = ['line', 'column', 'value', 'reason_vi', 'reason_en', 'code'] as const;

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
// A cell starting with these may run as a formula when the report is opened in a spreadsheet
// (CSV injection); a leading apostrophe keeps it text. Plain numbers such as -12 are left alone.
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;

function cell(text: string): string {
  const safe = FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Formats row errors as error-report CSV lines (CRLF-terminated), without header or BOM. */
export function formatErrorReportLines(errors: readonly RowError[]): string {
  let out = '';
  for (const e of errors) {
    out += `${e.line},${cell(e.column)},${cell(e.value)},${cell(e.reason.vi)},${cell(e.reason.en)},${cell(e.code)}\r\n`;
  }
  return out;
}

/**
 * Writes an error report: CSV in UTF-8 with a BOM (so spreadsheet programs show Vietnamese
 * correctly), CRLF line ends, columns `line, column, value, reason_vi, reason_en, code`. Waits for
 * the stream to drain, so memory stays bounded however many errors there are.
 * Values are written as they appear in the input, which may be personal data: keep the report
 * with the same care as the input file.
 */
export class ErrorReportWriter {
  private count = 0;

  /** Writes the BOM and header to `stream`. */
  constructor(private readonly stream: Writable) {
    stream.write(`\ufeff${ERROR_REPORT_COLUMNS.join(',')}\r\n`);
  }

  /** A writer to a new file at `path` (replaced if it exists). */
  static toFile(path: string): ErrorReportWriter {
    return new ErrorReportWriter(createWriteStream(path));
  }

  /** Errors written so far. */
  get errors(): number {
    return this.count;
  }

  /** Appends errors to the report. */
  async write(errors: readonly RowError[]): Promise<void> {
    if (errors.length === 0) return;
    this.count += errors.length;
    if (!this.stream.write(formatErrorReportLines(errors))) await once(this.stream, 'drain');
  }

  /** Ends the report and waits until it is fully written. */
  async close(): Promise<void> {
    const finished = once(this.stream, 'finish');
    this.stream.end();
    await finished;
  }
}
