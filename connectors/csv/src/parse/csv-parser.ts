import { CsvSyntaxError } from '../errors/csv-syntax-error';
import { type CsvDelimiter, detectDelimiter } from './detect-delimiter';

/** One CSV record. */
export interface CsvRow {
  /** The physical line (1-based) the record starts on; quoted line breaks count as lines. */
  line: number;
  /** The fields as written, unquoted; a ragged record simply has more or fewer of them. */
  fields: string[];
}

/** Options of {@link CsvParser}. */
export interface CsvParserOptions {
  /** The field delimiter, or `'auto'` (the default) to detect it from the first lines. */
  delimiter?: CsvDelimiter | 'auto';
  /** Skip lines with no characters at all (default true); when false they are records of one empty field. */
  skipEmptyLines?: boolean;
  /**
   * Longest record, in characters, before a `CsvSyntaxError` (`csv.record_too_long`): bounds memory
   * when a quote is never closed. Default 4,194,304.
   */
  maxRecordLength?: number;
  /**
   * The text continues a file whose earlier part was parsed elsewhere: its first record starts on
   * this physical line, and a leading U+FEFF is data, not a BOM. Default: the text starts a file (line 1).
   */
  startLine?: number;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;
const DETECTION_LENGTH = 65_536;

/**
 * A streaming RFC 4180 parser: quoted fields with `""` escapes and line breaks, CRLF/LF/CR line ends
 * (mixed too), a leading BOM, delimiter detection. Feed it text in pieces of any size with `push()`
 * and finish with `end()`; each returns the records completed so far. A record is never split
 * between calls: an incomplete one is kept and parsed again with the next piece.
 *
 * Lenient where files in the wild are: text after a closing quote is kept as part of the field
 * (`"a"b` → `ab`), and a lone quote inside an unquoted field is an ordinary character.
 */
export class CsvParser {
  private delimiterCode = -1;
  private readonly skipEmptyLines: boolean;
  private readonly maxRecordLength: number;
  private rest = '';
  private line = 1;
  private started = false;

  constructor(options: CsvParserOptions = {}) {
    this.skipEmptyLines = options.skipEmptyLines ?? true;
    this.maxRecordLength = options.maxRecordLength ?? 4_194_304;
    if (options.startLine !== undefined) {
      this.line = options.startLine;
      this.started = true;
    }
    const d = options.delimiter ?? 'auto';
    if (d !== 'auto') this.delimiterCode = d.charCodeAt(0);
  }

  /** The delimiter in use: the configured one, or the detected one once enough text has been seen. */
  get delimiter(): CsvDelimiter | undefined {
    return this.delimiterCode < 0 ? undefined : (String.fromCharCode(this.delimiterCode) as CsvDelimiter);
  }

  /** Parses the next piece of text and returns the records it completes. */
  push(text: string): CsvRow[] {
    let input = this.rest.length > 0 ? this.rest + text : text;
    if (!this.started) {
      if (input.length === 0) return [];
      if (input.charCodeAt(0) === 0xfeff) input = input.slice(1);
      this.started = true;
    }
    if (this.delimiterCode < 0) {
      if (input.length < DETECTION_LENGTH && countLines(input) < 10) {
        this.rest = input;
        return [];
      }
      this.delimiterCode = detectDelimiter(input, false).charCodeAt(0);
    }
    return this.parse(input, false);
  }

  /** Parses what is left at the end of the input; throws a `CsvSyntaxError` on a quote never closed. */
  end(): CsvRow[] {
    const input = this.rest;
    this.rest = '';
    if (this.delimiterCode < 0) this.delimiterCode = detectDelimiter(input, true).charCodeAt(0);
    return this.parse(input, true);
  }

  private parse(input: string, final: boolean): CsvRow[] {
    const rows: CsvRow[] = [];
    const d = this.delimiterCode;
    const delimiter = String.fromCharCode(d);
    const n = input.length;
    let line = this.line;
    let pos = 0;
    let recordStart = 0;
    let recordLine = line;
    let fields: string[] = [];
    // Next delimiter, LF and CR at or after pos (n when none): found with indexOf, which is several
    // times faster than a charCodeAt loop, and searched again only once pos has passed them.
    let nextDelimiter = -1;
    let nextLf = -1;
    let nextCr = -1;

    record: while (pos < n) {
      recordStart = pos;
      recordLine = line;
      fields = [];
      const first = input.charCodeAt(pos);
      if (first === LF || first === CR) {
        if (first === CR) {
          if (pos + 1 >= n && !final) break;
          if (input.charCodeAt(pos + 1) === LF) pos++;
        }
        pos++;
        line++;
        recordStart = pos;
        if (!this.skipEmptyLines) rows.push({ line: recordLine, fields: [''] });
        continue;
      }
      for (;;) {
        // One field starting at pos.
        let value: string;
        if (input.charCodeAt(pos) === QUOTE) {
          let from = pos + 1;
          value = '';
          for (;;) {
            const close = input.indexOf('"', from);
            if (close < 0) {
              if (final) throw new CsvSyntaxError({ code: 'csv.unclosed_quote', line: recordLine });
              break record;
            }
            // Count line breaks inside the quotes only when there are any (the cached positions say).
            if (nextLf < from) nextLf = indexOrEnd(input, '\n', from);
            if (nextCr < from) nextCr = indexOrEnd(input, '\r', from);
            if (nextLf < close || nextCr < close) line += countLineBreaks(input, from, close);
            if (close + 1 >= n && !final) break record;
            if (input.charCodeAt(close + 1) === QUOTE) {
              value += input.slice(from, close + 1);
              from = close + 2;
              continue;
            }
            value += input.slice(from, close);
            pos = close + 1;
            break;
          }
        } else value = '';
        // The unquoted field, or text after a closing quote, runs to the next delimiter or line end.
        if (nextDelimiter < pos) nextDelimiter = indexOrEnd(input, delimiter, pos);
        if (nextLf < pos) nextLf = indexOrEnd(input, '\n', pos);
        if (nextCr < pos) nextCr = indexOrEnd(input, '\r', pos);
        let end = nextDelimiter < nextLf ? nextDelimiter : nextLf;
        if (nextCr < end) end = nextCr;
        if (end > pos) value += input.slice(pos, end);
        pos = end;
        fields.push(value);
        if (pos >= n) {
          if (!final) break record;
          rows.push({ line: recordLine, fields });
          recordStart = n;
          break record;
        }
        const c = input.charCodeAt(pos);
        if (c === d) {
          pos++;
          if (pos >= n) {
            if (!final) break record;
            fields.push('');
            rows.push({ line: recordLine, fields });
            recordStart = n;
            break record;
          }
          continue;
        }
        // End of record: LF, CRLF or CR.
        if (c === CR) {
          if (pos + 1 >= n && !final) break record;
          if (input.charCodeAt(pos + 1) === LF) pos++;
        }
        pos++;
        line++;
        rows.push({ line: recordLine, fields });
        recordStart = pos;
        continue record;
      }
    }
    if (recordStart >= n) {
      this.rest = '';
      this.line = line;
    } else {
      // An incomplete record: keep it and parse it again with the next piece.
      this.rest = input.slice(recordStart);
      this.line = recordLine;
      if (this.rest.length > this.maxRecordLength) {
        throw new CsvSyntaxError({
          code: 'csv.record_too_long',
          line: recordLine,
          limit: this.maxRecordLength,
        });
      }
    }
    return rows;
  }
}

function indexOrEnd(text: string, search: string, from: number): number {
  const i = text.indexOf(search, from);
  return i < 0 ? text.length : i;
}

function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) count++;
    else if (c === CR && text.charCodeAt(i + 1) !== LF) count++;
  }
  return count;
}

function countLines(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i >= 0 && count < 10; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
