import { ChiaseError } from '@chiase/schema';

const MARKER = 'chiase.cli.json_syntax_error';
const SYMBOL = Symbol.for(MARKER);

/** An input file is not well-formed JSON; carries where (`file:line:column`) the first error is. */
export class JsonSyntaxError extends ChiaseError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the brand is read through Symbol.for() in isInstance().
  private readonly [SYMBOL] = true;
  /** The file, as the user named it. */
  readonly file: string;
  /** 1-based line of the first syntax error. */
  readonly line: number;
  /** 1-based column of the first syntax error. */
  readonly column: number;

  constructor(options: { file: string; line: number; column: number; reason: { vi: string; en: string } }) {
    const where = `${options.file}:${options.line}:${options.column}`;
    super({
      code: 'cli.json_syntax',
      message: {
        vi: `${where}: không phải JSON hợp lệ: ${options.reason.vi}.`,
        en: `${where}: not valid JSON: ${options.reason.en}.`,
      },
    });
    this.name = 'JsonSyntaxError';
    this.file = options.file;
    this.line = options.line;
    this.column = options.column;
  }

  /** True when `error` is a JsonSyntaxError from any installed copy of `@chiase/cli`. */
  static override isInstance(error: unknown): error is JsonSyntaxError {
    return ChiaseError.hasMarker(error, MARKER);
  }
}
