import { ChiaseError } from '@chiase/schema/codes';
import { CsvConnectorError } from './csv-connector-error';

const MARKER = 'chiase.header_error';
const SYMBOL = Symbol.for(MARKER);

/** Thrown when a file's header row does not fit the dataset schema; nothing was validated. */
export class HeaderError extends CsvConnectorError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the brand is read through Symbol.for() in isInstance().
  private readonly [SYMBOL] = true;
  /** Required schema columns the header lacks. */
  readonly missing: readonly string[];
  /** Header cells the schema does not declare (reported only with `unknownColumns: "error"`). */
  readonly unknown: readonly string[];
  /** Header cells that name a column already named by an earlier cell. */
  readonly duplicated: readonly string[];

  constructor(options: { line: number; missing: string[]; unknown: string[]; duplicated: string[] }) {
    const parts = { vi: [] as string[], en: [] as string[] };
    const list = (items: string[]) => items.map((i) => `"${i}"`).join(', ');
    if (options.missing.length > 0) {
      parts.vi.push(`thiếu cột bắt buộc ${list(options.missing)}`);
      parts.en.push(`required columns ${list(options.missing)} are missing`);
    }
    if (options.unknown.length > 0) {
      parts.vi.push(`có cột không khai báo trong lược đồ ${list(options.unknown)}`);
      parts.en.push(`columns ${list(options.unknown)} are not declared in the schema`);
    }
    if (options.duplicated.length > 0) {
      parts.vi.push(`cột bị lặp ${list(options.duplicated)}`);
      parts.en.push(`columns ${list(options.duplicated)} appear twice`);
    }
    super({
      code: 'header.mismatch',
      message: {
        vi: `Dòng tiêu đề (dòng ${options.line}) không khớp lược đồ: ${parts.vi.join('; ')}. Hãy sửa tiêu đề hoặc thêm tên vào "header" của cột trong lược đồ.`,
        en: `The header row (line ${options.line}) does not match the schema: ${parts.en.join('; ')}. Fix the header or add the text to the column's "header" list in the schema.`,
      },
    });
    this.name = 'HeaderError';
    this.missing = options.missing;
    this.unknown = options.unknown;
    this.duplicated = options.duplicated;
  }

  /** True when `error` is a HeaderError from any installed copy of this package. */
  static override isInstance(error: unknown): error is HeaderError {
    return ChiaseError.hasMarker(error, MARKER);
  }
}
