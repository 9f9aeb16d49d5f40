import { ErrorBudget, ErrorBudgetExceededError, type ErrorBudgetOptions } from '@chiase/connector-kit';
import type { RowBudget } from '../schema/validate-rows';
import type { PartCounters } from './part-counters';

/**
 * The error budget of a file's first part while a worker validates the rest: `maxErrors` counts the
 * rejected rows of both parts, so either thread stops as soon as the file is over it; `maxErrorRate`
 * is checked row by row as on one thread (this part starts the file). The end-of-file check waits
 * for both parts (`settlePartBudgets`).
 */
export class FirstPartBudget implements RowBudget {
  private readonly rate: ErrorBudget;
  private readonly maxErrors: number | undefined;

  constructor(
    options: ErrorBudgetOptions,
    private readonly counters: PartCounters,
  ) {
    // Validates the options as the kit does, and keeps the rate check of a one-thread run.
    new ErrorBudget(options);
    const { maxErrors: _, ...rate } = options;
    this.rate = new ErrorBudget(rate);
    this.maxErrors = options.maxErrors;
  }

  /** Rejected rows of this part. */
  get invalidRows(): number {
    return this.rate.invalidRows;
  }

  /** Data rows of this part, valid and rejected. */
  get rows(): number {
    return this.rate.rows;
  }

  countValid(): void {
    this.rate.countValid();
  }

  countInvalid(): void {
    const invalid = this.counters.addInvalid(0);
    if (this.maxErrors !== undefined && invalid > this.maxErrors) {
      throw new ErrorBudgetExceededError({
        limit: 'maxErrors',
        value: this.maxErrors,
        invalidRows: invalid,
        rows: this.rate.rows + 1 + this.counters.later.rows,
      });
    }
    this.rate.countInvalid();
  }

  finish(): void {
    // Settled once the later part is done too.
  }
}
