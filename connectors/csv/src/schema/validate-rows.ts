import {
  ErrorBudget,
  type ErrorBudgetOptions,
  ErrorBudgetExceededError as KitBudgetError,
} from '@chiase/connector-kit';
import { ErrorBudgetExceededError } from '../errors/error-budget-exceeded-error';
import type { CsvRow } from '../parse/csv-parser';
import type { DatasetSchema } from './dataset-schema';
import { type RowError, RowValidator, type ValidRecord } from './row-validator';

/** Counters advanced by {@link validateRows}. */
export interface ValidationProgress {
  /** Data rows that passed. */
  validRows: number;
  /** Data rows rejected (each may have several errors). */
  invalidRows: number;
}

/** What counts rows against an error budget (the kit's `ErrorBudget` is one). */
export interface RowBudget {
  /** Rejected rows counted so far. */
  readonly invalidRows: number;
  /** Counts one row that passed. */
  countValid(): void;
  /** Counts one rejected row; throws the kit's `ErrorBudgetExceededError` when a limit is passed. */
  countInvalid(): void;
  /** Called once after the last row; throws like `countInvalid`. */
  finish(): void;
}

/** Options of {@link validateRows}. */
export interface ValidateRowsOptions extends ErrorBudgetOptions {
  /** Stops validation: the iteration throws `signal.reason`. */
  signal?: AbortSignal;
  /** Counters advanced as rows are validated. */
  progress?: ValidationProgress;
  /** Counts the rows instead of a budget made from `maxErrors` / `maxErrorRate` (which are then ignored). */
  budget?: RowBudget;
  /**
   * The rows continue a file whose header row was read elsewhere: every row is data, mapped to the
   * schema by this header.
   */
  header?: CsvRow;
}

/** The result of validating one batch of rows. */
export interface ValidatedBatch {
  /** Rows that passed, typed. */
  records: ValidRecord[];
  /** Every error of the rows that did not pass. */
  errors: RowError[];
}

/** The kit's budget error, told in rows and as an error of this package. */
function inRows(error: unknown): unknown {
  return KitBudgetError.isInstance(error) ? ErrorBudgetExceededError.fromBudget(error) : error;
}

/**
 * Validates parsed rows (from `parseCsv` or `readXlsx`) against a dataset schema: the first row is
 * the header (a `HeaderError` if it does not fit), every other row becomes a typed record or
 * errors. With `maxErrors` / `maxErrorRate`, the batch in which the budget is passed is still
 * yielded (so its errors reach the report), then the iteration throws `ErrorBudgetExceededError`.
 */
export async function* validateRows(
  rows: AsyncIterable<CsvRow[]>,
  schema: DatasetSchema,
  options: ValidateRowsOptions = {},
): AsyncGenerator<ValidatedBatch, void, undefined> {
  const { signal, progress } = options;
  const budget = options.budget ?? new ErrorBudget(options);
  let validator = options.header ? new RowValidator(schema, options.header) : undefined;
  for await (const batch of rows) {
    signal?.throwIfAborted();
    const records: ValidRecord[] = [];
    const errors: RowError[] = [];
    let stop: unknown;
    let i = 0;
    if (!validator) {
      const header = batch[0];
      if (!header) continue;
      validator = new RowValidator(schema, header);
      i = 1;
    }
    for (; i < batch.length; i++) {
      const outcome = validator.validate(batch[i] as CsvRow);
      if (outcome.ok) {
        records.push(outcome.record);
        budget.countValid();
        continue;
      }
      for (const e of outcome.errors) errors.push(e);
      try {
        budget.countInvalid();
      } catch (error) {
        stop = inRows(error);
        break;
      }
    }
    if (progress) {
      progress.validRows += records.length;
      progress.invalidRows = budget.invalidRows;
    }
    if (records.length > 0 || errors.length > 0) yield { records, errors };
    if (stop !== undefined) throw stop;
  }
  signal?.throwIfAborted();
  // An empty input has no header: it fails like a header without the required columns.
  if (!validator) new RowValidator(schema, { line: 1, fields: [] });
  try {
    budget.finish();
  } catch (error) {
    throw inRows(error);
  }
}
