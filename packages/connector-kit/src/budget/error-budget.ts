import { ErrorBudgetExceededError } from '../errors/error-budget-exceeded-error';

/** Limits on rejected records; a run that passes one stops with an `ErrorBudgetExceededError`. */
export interface ErrorBudgetOptions {
  /** Most rejected records allowed (0: any rejected record stops the run). Default: no limit. */
  maxErrors?: number;
  /** Largest share of rejected records allowed, from 0 to 1 (0.01 = 1 %). Default: no limit. */
  maxErrorRate?: number;
  /**
   * Records to see before `maxErrorRate` is checked during the run, so that a bad first record does
   * not stop it; the rate is always checked at the end. Default 1,000.
   */
  minRowsForRate?: number;
}

/** Counts accepted and rejected records and throws as soon as a limit is passed. */
export class ErrorBudget {
  #valid: number;
  #invalid: number;
  readonly #options: ErrorBudgetOptions;

  /** A budget, optionally starting from the counts of earlier (resumed) runs. */
  constructor(
    options: ErrorBudgetOptions = {},
    start: { valid: number; invalid: number } = { valid: 0, invalid: 0 },
  ) {
    const { maxErrors, maxErrorRate } = options;
    if (maxErrors !== undefined && !(Number.isInteger(maxErrors) && maxErrors >= 0)) {
      throw new RangeError('maxErrors must be an integer ≥ 0');
    }
    if (maxErrorRate !== undefined && !(maxErrorRate >= 0 && maxErrorRate <= 1)) {
      throw new RangeError('maxErrorRate must be between 0 and 1');
    }
    this.#options = options;
    this.#valid = start.valid;
    this.#invalid = start.invalid;
  }

  /** Rejected records counted so far. */
  get invalidRows(): number {
    return this.#invalid;
  }

  /** Records counted so far, accepted and rejected. */
  get rows(): number {
    return this.#valid + this.#invalid;
  }

  /** Counts one accepted record. */
  countValid(): void {
    this.#valid++;
  }

  /** Counts one rejected record; throws when it passes `maxErrors`, or `maxErrorRate` past `minRowsForRate`. */
  countInvalid(): void {
    this.#invalid++;
    const { maxErrors } = this.#options;
    if (maxErrors !== undefined && this.#invalid > maxErrors) {
      throw new ErrorBudgetExceededError({
        limit: 'maxErrors',
        value: maxErrors,
        invalidRows: this.#invalid,
        rows: this.rows,
      });
    }
    if (this.rows >= (this.#options.minRowsForRate ?? 1000)) this.#checkRate();
  }

  /** Checks the rate over all records; call once at the end of the input. */
  finish(): void {
    this.#checkRate();
  }

  #checkRate(): void {
    const { maxErrorRate } = this.#options;
    if (maxErrorRate === undefined || this.rows === 0) return;
    if (this.#invalid / this.rows > maxErrorRate) {
      throw new ErrorBudgetExceededError({
        limit: 'maxErrorRate',
        value: maxErrorRate,
        invalidRows: this.#invalid,
        rows: this.rows,
      });
    }
  }
}
