import { ChiaseError } from '@chiase/schema/codes';
import { ConnectorError } from './connector-error';

const MARKER = 'chiase.connector_kit.error_budget_exceeded';
const SYMBOL = Symbol.for(MARKER);

/** Which limit of an error budget was passed. */
export type ErrorBudgetLimit = 'maxErrors' | 'maxErrorRate';

/** Rejected records passed the error budget (`maxErrors` or `maxErrorRate`): the run stopped cleanly. */
export class ErrorBudgetExceededError extends ConnectorError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: brand read through Symbol.for() in isInstance().
  private readonly [SYMBOL] = true;
  /** Which limit was passed. */
  readonly limit: ErrorBudgetLimit;
  /** The limit's value: a count for `maxErrors`, a share from 0 to 1 for `maxErrorRate`. */
  readonly value: number;
  /** Rejected records when the run stopped. */
  readonly invalidRows: number;
  /** Records seen (valid and rejected) when the run stopped. */
  readonly rows: number;

  constructor(options: { limit: ErrorBudgetLimit; value: number; invalidRows: number; rows: number }) {
    const { limit, value, invalidRows, rows } = options;
    const rate = rows === 0 ? 0 : (invalidRows / rows) * 100;
    const shown = limit === 'maxErrors' ? String(value) : `${(value * 100).toFixed(2)} %`;
    super({
      code: 'budget.exceeded',
      message: {
        vi: `Đã dừng: ${invalidRows} bản ghi lỗi trên ${rows} (${rate.toFixed(2)} %) vượt giới hạn ${limit} = ${shown}. Hãy sửa các lỗi trong báo cáo lỗi rồi chạy lại, hoặc nới giới hạn.`,
        en: `Stopped: ${invalidRows} rejected records of ${rows} (${rate.toFixed(2)} %) exceed ${limit} = ${shown}. Fix the records listed in the error report and run again, or raise the limit.`,
      },
    });
    this.name = 'ErrorBudgetExceededError';
    this.limit = limit;
    this.value = value;
    this.invalidRows = invalidRows;
    this.rows = rows;
  }

  /** True when `error` is an ErrorBudgetExceededError from any installed copy of `@chiase/connector-kit`. */
  static override isInstance(error: unknown): error is ErrorBudgetExceededError {
    return ChiaseError.hasMarker(error, MARKER);
  }
}
