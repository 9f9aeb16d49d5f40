import { ErrorBudgetExceededError, type ErrorBudgetOptions } from '@chiase/connector-kit';
import type { RowBudget } from '../schema/validate-rows';
import type { PartCounters } from './part-counters';

/**
 * What the rate check of a one-thread run needs from a later part, which cannot check the rate
 * itself (the rate counts from the file's start, and the first part's counts are not known yet).
 * At the later part's invalid row k (after r_k rows, i_k of them rejected), a one-thread run fails
 * when (i₁ + i_k) / (n₁ + r_k) > rate, with n₁ + r_k ≥ minRowsForRate. Past r_k ≥ minRowsForRate
 * the condition is i_k − rate·r_k > rate·n₁ − i₁, so only the row with the largest left side
 * matters (`best`); earlier rows are kept as they are (`early`, at most minRowsForRate of them).
 */
export interface LaterPartRateTrace {
  early: Array<{ rows: number; invalid: number }>;
  best: { rows: number; invalid: number } | undefined;
}

/**
 * The error budget of a file's later part, validated by a worker: `maxErrors` counts the rejected
 * rows of both parts and stops as soon as the file is over it; `maxErrorRate` is traced, for the
 * main thread to settle once the first part is done (`settlePartBudgets`).
 */
export class LaterPartBudget implements RowBudget {
  private valid = 0;
  private invalid = 0;
  private bestScore = Number.NEGATIVE_INFINITY;
  readonly trace: LaterPartRateTrace = { early: [], best: undefined };

  constructor(
    private readonly options: ErrorBudgetOptions,
    private readonly counters: PartCounters,
  ) {}

  /** Rejected rows of this part. */
  get invalidRows(): number {
    return this.invalid;
  }

  /** Data rows of this part, valid and rejected. */
  get rows(): number {
    return this.valid + this.invalid;
  }

  countValid(): void {
    this.valid++;
  }

  countInvalid(): void {
    this.invalid++;
    const { maxErrors, maxErrorRate } = this.options;
    const invalid = this.counters.addInvalid(1);
    if (maxErrors !== undefined && invalid > maxErrors) {
      throw new ErrorBudgetExceededError({
        limit: 'maxErrors',
        value: maxErrors,
        invalidRows: invalid,
        rows: this.rows,
      });
    }
    if (maxErrorRate === undefined) return;
    const point = { rows: this.rows, invalid: this.invalid };
    if (point.rows < (this.options.minRowsForRate ?? 1000)) this.trace.early.push(point);
    else {
      const score = point.invalid - maxErrorRate * point.rows;
      if (score > this.bestScore) {
        this.bestScore = score;
        this.trace.best = point;
      }
    }
  }

  finish(): void {
    // The main thread settles the budget.
  }
}
