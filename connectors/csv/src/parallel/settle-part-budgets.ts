import { ErrorBudgetExceededError, type ErrorBudgetOptions } from '@chiase/connector-kit';
import type { LaterPartRateTrace } from './later-part-budget';

/** Counts of one part of a file. */
export interface PartCounts {
  /** Data rows, valid and rejected. */
  rows: number;
  /** Rejected rows. */
  invalid: number;
}

/**
 * Gives the verdict a one-thread run would have given on the whole file, once both parts are
 * validated: throws the kit's `ErrorBudgetExceededError` when `maxErrors` is passed, when the rate
 * passed `maxErrorRate` at a row of the later part (see {@link LaterPartRateTrace}), or at the end.
 */
export function settlePartBudgets(
  options: ErrorBudgetOptions,
  first: PartCounts,
  later: PartCounts & { trace: LaterPartRateTrace },
): void {
  const { maxErrors, maxErrorRate } = options;
  const invalid = first.invalid + later.invalid;
  const rows = first.rows + later.rows;
  if (maxErrors !== undefined && invalid > maxErrors) {
    throw new ErrorBudgetExceededError({ limit: 'maxErrors', value: maxErrors, invalidRows: invalid, rows });
  }
  if (maxErrorRate === undefined) return;
  const minRows = options.minRowsForRate ?? 1000;
  const points = later.trace.best ? [...later.trace.early, later.trace.best] : later.trace.early;
  for (const point of points) {
    const seen = first.rows + point.rows;
    const rejected = first.invalid + point.invalid;
    if (seen >= minRows && rejected / seen > maxErrorRate) {
      throw new ErrorBudgetExceededError({
        limit: 'maxErrorRate',
        value: maxErrorRate,
        invalidRows: rejected,
        rows: seen,
      });
    }
  }
  if (rows > 0 && invalid / rows > maxErrorRate) {
    throw new ErrorBudgetExceededError({
      limit: 'maxErrorRate',
      value: maxErrorRate,
      invalidRows: invalid,
      rows,
    });
  }
}
