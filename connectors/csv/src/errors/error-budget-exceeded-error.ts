import type { ErrorBudgetExceededError as KitErrorBudgetExceededError } from '@chiase/connector-kit';
import { ChiaseError } from '@chiase/schema/codes';
import { CsvConnectorError } from './csv-connector-error';

const MARKER = 'chiase.error_budget_exceeded';
const SYMBOL = Symbol.for(MARKER);
// The brand of @chiase/connector-kit's ErrorBudgetExceededError: code that handles the budget of any
// connector (`ErrorBudgetExceededError.isInstance` of the kit) recognises this one too.
const KIT_SYMBOL = Symbol.for('chiase.connector_kit.error_budget_exceeded');

/** Thrown when invalid rows pass the error budget (`maxErrors` or `maxErrorRate`): the run must stop. */
export class ErrorBudgetExceededError extends CsvConnectorError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the brand is read through Symbol.for() in isInstance().
  private readonly [SYMBOL] = true;
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the kit's brand, read by the kit's isInstance().
  private readonly [KIT_SYMBOL] = true;
  /** Which limit was passed. */
  readonly limit: 'maxErrors' | 'maxErrorRate';
  /** The limit's value: a count for `maxErrors`, a share from 0 to 1 for `maxErrorRate`. */
  readonly value: number;
  /** Invalid rows seen when the run stopped. */
  readonly invalidRows: number;
  /** Data rows seen (valid and invalid) when the run stopped. */
  readonly rows: number;

  constructor(options: {
    limit: 'maxErrors' | 'maxErrorRate';
    value: number;
    invalidRows: number;
    rows: number;
  }) {
    const { limit, value, invalidRows, rows } = options;
    const rate = rows === 0 ? 0 : (invalidRows / rows) * 100;
    const shown = limit === 'maxErrors' ? String(value) : `${(value * 100).toFixed(2)} %`;
    super({
      code: 'budget.exceeded',
      message: {
        vi: `Đã dừng: ${invalidRows} dòng lỗi trên ${rows} dòng (${rate.toFixed(2)} %) vượt giới hạn ${limit} = ${shown}. Hãy sửa các lỗi trong báo cáo lỗi rồi chạy lại, hoặc nới giới hạn.`,
        en: `Stopped: ${invalidRows} invalid rows of ${rows} (${rate.toFixed(2)} %) exceed ${limit} = ${shown}. Fix the rows listed in the error report and run again, or raise the limit.`,
      },
    });
    this.name = 'ErrorBudgetExceededError';
    this.limit = limit;
    this.value = value;
    this.invalidRows = invalidRows;
    this.rows = rows;
  }

  /** The same overrun, told in rows: made from the error of `@chiase/connector-kit`'s `ErrorBudget`. */
  static fromBudget(error: KitErrorBudgetExceededError): ErrorBudgetExceededError {
    const { limit, value, invalidRows, rows } = error;
    return new ErrorBudgetExceededError({ limit, value, invalidRows, rows });
  }

  /** True when `error` is an ErrorBudgetExceededError from any installed copy of this package. */
  static override isInstance(error: unknown): error is ErrorBudgetExceededError {
    return ChiaseError.hasMarker(error, MARKER);
  }
}
