import { ErrorBudgetExceededError as KitBudgetError } from '@chiase/connector-kit';
import type { TextEncodingName } from '../encoding/encoding-name';
import { CsvSyntaxError } from '../errors/csv-syntax-error';
import { DecodeError } from '../errors/decode-error';
import { ErrorBudgetExceededError } from '../errors/error-budget-exceeded-error';
import type { CsvRow } from '../parse/csv-parser';
import type { CsvDelimiter } from '../parse/detect-delimiter';
import type { DatasetSchema } from '../schema/dataset-schema';
import type { LaterPartRateTrace } from './later-part-budget';

/** What the part worker is given. */
export interface PartWorkerData {
  /** The file, and its size when the run started. */
  path: string;
  size: number;
  /** Offset of the file's first field (its BOM length). */
  start: number;
  /** The later part starts at the first record boundary at or after this offset. */
  from: number;
  encoding: TextEncodingName;
  fatal: boolean;
  delimiter: CsvDelimiter;
  /** The file's header row. */
  header: CsvRow;
  schema: DatasetSchema;
  /** The clean file's columns. */
  columns: string[];
  /** Budget limits (shared `maxErrors`; the rate is settled by the main thread). */
  budget: { maxErrors?: number; maxErrorRate?: number; minRowsForRate?: number };
  /** `PartCounters` buffer. */
  counters: SharedArrayBuffer;
  /** Where the worker writes its clean part (no header) and its error-report lines (no BOM or header). */
  cleanPath: string;
  reportPath: string;
}

/** An error of the worker, as it crosses to the main thread. */
export type SerializedPartError =
  | { kind: 'decode'; encoding: TextEncodingName; byteOffset: number; bytes: number[] }
  | { kind: 'syntax'; code: 'csv.unclosed_quote' | 'csv.record_too_long'; line: number; limit?: number }
  | { kind: 'budget'; limit: 'maxErrors' | 'maxErrorRate'; value: number; invalidRows: number; rows: number }
  | { kind: 'other'; name: string; message: string; stack?: string };

/** What the part worker tells the main thread, in this order: `cut` or `no-cut`, then `done` or `failed`. */
export type PartWorkerMessage =
  | { type: 'cut'; offset: number; line: number }
  | { type: 'no-cut' }
  | {
      type: 'done';
      /** Data rows of the part, valid and rejected. */
      rows: number;
      invalid: number;
      /** Lines written to the error-report part. */
      errors: number;
      /** Rows written to the clean part. */
      cleanRows: number;
      bytes: number;
      trace: LaterPartRateTrace;
    }
  | { type: 'failed'; error: SerializedPartError; errors: number | undefined };

/** Turns an error thrown in the worker into a message. */
export function serializePartError(error: unknown): SerializedPartError {
  if (DecodeError.isInstance(error)) {
    return {
      kind: 'decode',
      encoding: error.encoding,
      byteOffset: error.byteOffset,
      bytes: [...error.bytes],
    };
  }
  if (CsvSyntaxError.isInstance(error)) {
    const code = error.code as 'csv.unclosed_quote' | 'csv.record_too_long';
    return {
      kind: 'syntax',
      code,
      line: error.line,
      ...(error.limit === undefined ? {} : { limit: error.limit }),
    };
  }
  if (KitBudgetError.isInstance(error) || ErrorBudgetExceededError.isInstance(error)) {
    const { limit, value, invalidRows, rows } = error;
    return { kind: 'budget', limit, value, invalidRows, rows };
  }
  const e = error instanceof Error ? error : new Error(String(error));
  return {
    kind: 'other',
    name: e.name,
    message: e.message,
    ...(e.stack === undefined ? {} : { stack: e.stack }),
  };
}

/** The error a one-thread run would have thrown, from its message. */
export function deserializePartError(error: SerializedPartError): Error {
  switch (error.kind) {
    case 'decode':
      return new DecodeError(error);
    case 'syntax':
      return new CsvSyntaxError(error);
    case 'budget':
      return new ErrorBudgetExceededError(error);
    case 'other': {
      const e = new Error(`The validation worker failed: ${error.message}`);
      e.name = error.name;
      if (error.stack !== undefined) e.stack = error.stack;
      return e;
    }
  }
}
