import type { RecordError } from './record-error';

/**
 * Receives rejected records. The kit writes each batch's errors after the batch is acknowledged,
 * so a resumed run does not report them twice.
 */
export interface ErrorReportWriter {
  /** Appends errors; resolves when they are handed to the output (respecting back-pressure). */
  write(errors: readonly RecordError[]): Promise<void>;
}
