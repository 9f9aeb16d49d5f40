import type { LocalizedMessage } from '@chiase/schema';

/** Where the first JSON syntax error is and what it is. */
export interface JsonErrorLocation {
  /** 1-based line. */
  readonly line: number;
  /** 1-based column, in characters. */
  readonly column: number;
  /** What was expected, in both languages. */
  readonly reason: LocalizedMessage;
}

class Stop {
  constructor(
    readonly offset: number,
    readonly reason: LocalizedMessage,
  ) {}
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

/**
 * Walks RFC 8259 JSON only to find where it breaks. `JSON.parse` in Node 20 often names no position
 * ("Unexpected token '}'"), and a user editing a file by hand needs the line and column.
 */
class Scanner {
  i = 0;
  constructor(readonly text: string) {}

  fail(reason: LocalizedMessage): never {
    throw new Stop(this.i, reason);
  }

  expected(vi: string, en: string): never {
    const c = this.text[this.i];
    const shown = c === undefined ? undefined : JSON.stringify(c);
    this.fail({
      vi: `cần ${vi} nhưng gặp ${shown ?? 'hết tệp'}`,
      en: `expected ${en} but found ${shown ?? 'the end of the file'}`,
    });
  }

  skipWhitespace(): void {
    while (WHITESPACE.has(this.text[this.i] ?? '')) this.i += 1;
  }

  value(): void {
    this.skipWhitespace();
    const c = this.text[this.i];
    if (c === '{') this.object();
    else if (c === '[') this.array();
    else if (c === '"') this.string();
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) this.number();
    else this.literal();
  }

  literal(): void {
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.i)) {
        this.i += word.length;
        return;
      }
    }
    this.expected('một giá trị JSON', 'a JSON value');
  }

  /** After a member or element: the separator or the closing bracket. */
  next(close: '}' | ']'): boolean {
    this.skipWhitespace();
    const c = this.text[this.i];
    if (c === close) {
      this.i += 1;
      return false;
    }
    if (c !== ',') this.expected(`"," hoặc "${close}"`, `"," or "${close}"`);
    this.i += 1;
    return true;
  }

  object(): void {
    this.i += 1;
    this.skipWhitespace();
    if (this.text[this.i] === '}') {
      this.i += 1;
      return;
    }
    do {
      this.skipWhitespace();
      if (this.text[this.i] !== '"') {
        this.expected('tên thuộc tính trong dấu "', 'a property name in double quotes');
      }
      this.string();
      this.skipWhitespace();
      if (this.text[this.i] !== ':') this.expected('":"', '":"');
      this.i += 1;
      this.value();
    } while (this.next('}'));
  }

  array(): void {
    this.i += 1;
    this.skipWhitespace();
    if (this.text[this.i] === ']') {
      this.i += 1;
      return;
    }
    do this.value();
    while (this.next(']'));
  }

  string(): void {
    this.i += 1;
    for (;;) {
      const c = this.text[this.i];
      if (c === undefined) this.expected('dấu " đóng chuỗi', 'a closing "');
      if (c === '"') {
        this.i += 1;
        return;
      }
      if (c < ' ') {
        this.fail({
          vi: 'ký tự điều khiển (như xuống dòng) trong chuỗi phải viết dạng \\n, \\t…',
          en: 'a control character (such as a line break) in a string must be escaped as \\n, \\t…',
        });
      }
      if (c === '\\') {
        const e = this.text[this.i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.i + 2, this.i + 6))) {
            this.i += 2;
            this.expected('4 chữ số hexa sau \\u', '4 hex digits after \\u');
          }
          this.i += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) {
          this.i += 1;
          this.fail({ vi: 'chuỗi thoát không hợp lệ', en: 'invalid escape sequence' });
        }
        this.i += 2;
        continue;
      }
      this.i += 1;
    }
  }

  number(): void {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(this.text.slice(this.i, this.i + 400));
    if (match === null) this.expected('một số', 'a number');
    this.i += match[0].length;
  }

  document(): void {
    this.value();
    this.skipWhitespace();
    if (this.i < this.text.length) {
      this.expected('hết tệp sau giá trị JSON', 'the end of the file after the JSON value');
    }
  }
}

/** The 1-based line and column of a character offset (lines end at LF, CRLF or CR). */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i += 1) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line += 1;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

/** Where `text` stops being valid JSON, or undefined when it is valid. */
export function locateJsonError(text: string): JsonErrorLocation | undefined {
  try {
    new Scanner(text).document();
    return undefined;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    return { ...lineAndColumn(text, error.offset), reason: error.reason };
  }
}
