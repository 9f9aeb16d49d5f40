import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import {
  CSV_ERROR_REPORT_COLUMNS,
  type CsvErrorReportWriter,
  createCsvErrorReportWriter,
  formatCsvErrorReportLines,
} from '@chiase/connector-kit';
import type { RowError } from '../schema/row-validator';

/** The header of an error report. */
export const ERROR_REPORT_COLUMNS = ['line', ...CSV_ERROR_REPORT_COLUMNS] as const;

/**
 * Formats row errors as error-report CSV lines (CRLF-terminated), without header or BOM.
 * Same as `formatCsvErrorReportLines` of `@chiase/connector-kit`, kept for existing callers.
 */
export function formatErrorReportLines(errors: readonly RowError[]): string {
  return formatCsvErrorReportLines(errors);
}

/**
 * Writes an error report: CSV in UTF-8 with a BOM (so spreadsheet programs show Vietnamese
 * correctly), CRLF line ends, columns `line, column, value, reason_vi, reason_en, code`. Waits for
 * the stream to drain, so memory stays bounded however many errors there are.
 * Values are written as they appear in the input, which may be personal data: keep the report
 * with the same care as the input file. The writing is `createCsvErrorReportWriter` of
 * `@chiase/connector-kit` (the one report format of every connector); this class keeps the CSV
 * connector's existing API.
 */
export class ErrorReportWriter implements CsvErrorReportWriter {
  readonly #report: CsvErrorReportWriter;

  /** Writes the BOM and header to `stream`. */
  constructor(stream: Writable) {
    this.#report = createCsvErrorReportWriter(stream, { location: 'line' });
  }

  /** A writer to a new file at `path` (replaced if it exists). */
  static toFile(path: string): ErrorReportWriter {
    return new ErrorReportWriter(createWriteStream(path));
  }

  /** Errors written so far. */
  get errors(): number {
    return this.#report.errors;
  }

  /** Appends errors to the report. */
  write(errors: readonly RowError[]): Promise<void> {
    return this.#report.write(errors);
  }

  /** Ends the report and waits until it is fully written. */
  close(): Promise<void> {
    return this.#report.close();
  }
}
