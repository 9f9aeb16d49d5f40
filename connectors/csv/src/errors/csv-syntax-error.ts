import { ChiaseError } from '@chiase/schema/codes';
import { CsvConnectorError } from './csv-connector-error';

const MARKER = 'chiase.csv_syntax_error';
const SYMBOL = Symbol.for(MARKER);

/** Thrown when a CSV file cannot be split into records: a quote never closed, a record too long. */
export class CsvSyntaxError extends CsvConnectorError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the brand is read through Symbol.for() in isInstance().
  private readonly [SYMBOL] = true;
  /** The physical line (1-based) where the offending record starts. */
  readonly line: number;
  /** For `csv.record_too_long`, the longest record allowed, in characters. */
  readonly limit: number | undefined;

  constructor(options: { code: 'csv.unclosed_quote' | 'csv.record_too_long'; line: number; limit?: number }) {
    const { line } = options;
    const message =
      options.code === 'csv.unclosed_quote'
        ? {
            vi: `Dòng ${line}: dấu ngoặc kép mở một trường nhưng không bao giờ được đóng lại. Hãy kiểm tra dấu " trong dòng này.`,
            en: `Line ${line}: a double quote opens a field that is never closed. Check the " characters on this line.`,
          }
        : {
            vi: `Dòng ${line}: bản ghi dài hơn ${options.limit} ký tự, có thể do thiếu dấu " đóng. Hãy kiểm tra dòng này.`,
            en: `Line ${line}: the record is longer than ${options.limit} characters, probably a missing closing ". Check this line.`,
          };
    super({ code: options.code, message });
    this.name = 'CsvSyntaxError';
    this.line = line;
    this.limit = options.limit;
  }

  /** True when `error` is a CsvSyntaxError from any installed copy of this package. */
  static override isInstance(error: unknown): error is CsvSyntaxError {
    return ChiaseError.hasMarker(error, MARKER);
  }
}
