import { ErrorBudgetExceededError } from '../errors/error-budget-exceeded-error';

/** Limits on invalid rows; a run that passes one stops with an `ErrorBudgetExceededError`. */
export interface ErrorBudgetOptions {
  /** Most invalid rows allowed (0: any invalid row stops the run). Default: no limit. */
  maxErrors?: number;
  /** Largest share of invalid rows allowed, from 0 to 1 (0.01 = 1 %). Default: no limit. */
  maxErrorRate?: number;
  /**
   * Rows to see before `maxErrorRate` is checked during the run, so that a bad first row does not
   * stop it; the rate is always checked at the end. Default 1,000.
   */
  minRowsForRate?: number;
}

/** Counts valid and invalid rows and throws as soon as a limit is passed. */
export class ErrorBudget {
  private valid = 0;
  private invalid = 0;

  constructor(private readonly options: ErrorBudgetOptions = {}) {
    const { maxErrors, maxErrorRate } = options;
    if (maxErrors !== undefined && !(Number.isInteger(maxErrors) && maxErrors >= 0)) {
      throw new RangeError('maxErrors must be an integer ≥ 0');
    }
    if (maxErrorRate !== undefined && !(maxErrorRate >= 0 && maxErrorRate <= 1)) {
      throw new RangeError('maxErrorRate must be between 0 and 1');
    }
  }

  /** Invalid rows counted so far. */
  get invalidRows(): number {
    return this.invalid;
  }

  /** Rows counted so far, valid and invalid. */
  get rows(): number {
    return this.valid + this.invalid;
  }

  /** Counts one valid row. */
  countValid(): void {
    this.valid++;
  }

  /** Counts one invalid row; throws when it passes `maxErrors`, or `maxErrorRate` past `minRowsForRate` rows. */
  countInvalid(): void {
    this.invalid++;
    const { maxErrors } = this.options;
    if (maxErrors !== undefined && this.invalid > maxErrors) {
      throw new ErrorBudgetExceededError({
        limit: 'maxErrors',
        value: maxErrors,
        invalidRows: this.invalid,
        rows: this.rows,
      });
    }
    if (this.rows >= (this.options.minRowsForRate ?? 1000)) this.checkRate();
  }

  /** Checks the rate over all rows; call once at the end of the input. */
  finish(): void {
    this.checkRate();
  }

  private checkRate(): void {
    const { maxErrorRate } = this.options;
    if (maxErrorRate === undefined || this.rows === 0) return;
    if (this.invalid / this.rows > maxErrorRate) {
      throw new ErrorBudgetExceededError({
        limit: 'maxErrorRate',
        value: maxErrorRate,
        invalidRows: this.invalid,
        rows: this.rows,
      });
    }
  }
}
