import { open } from 'node:fs/promises';

/** Where a file can be cut between two records. */
export interface RecordBoundary {
  /** Byte offset of the first byte after the cut (the byte before it is a line feed). */
  offset: number;
  /** The physical line (1-based) the record after the cut starts on, as `CsvParser` counts lines. */
  line: number;
}

/** Options of {@link findRecordBoundary}. */
export interface FindRecordBoundaryOptions {
  /** The delimiter's byte (an ASCII character). */
  delimiter: number;
  /** Offset of the file's first field (after its BOM). */
  start: number;
  /** The cut is the first record boundary at or after this offset. */
  from: number;
  /** Stops the scan. */
  signal?: AbortSignal;
  /** Bytes read at a time. Default 1 MiB. */
  chunkSize?: number;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const CHUNK = 1 << 20;

/**
 * Finds the first record boundary (a line feed outside quoted fields) at or after `from`, reading
 * the file's bytes without decoding them, and counts the physical lines before it the way
 * `CsvParser` does (LF, CRLF and lone CR each end a line, inside quoted fields too).
 *
 * This reads bytes in place of characters, which holds for the encodings where `"`, the
 * delimiters, CR and LF are single ASCII bytes never found inside another character: UTF-8,
 * Windows-1258, TCVN3 and VNI (not UTF-16). The quoting rules are the parser's: a field is quoted
 * only when its first character is `"`; inside it `""` is a quote; after the closing quote the field
 * runs unquoted to the next delimiter or line end. Returns undefined when there is no boundary
 * after `from` (the file ends first, or a quoted field runs to its end).
 */
export async function findRecordBoundary(
  path: string,
  options: FindRecordBoundaryOptions,
): Promise<RecordBoundary | undefined> {
  const { delimiter, start, from, signal } = options;
  const size = options.chunkSize ?? CHUNK;
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(size);
    let base = start; // file offset of buffer[0]
    let quoted = false;
    let lines = 0; // line breaks before `base` (a CR at the end of the previous chunk is counted below)
    let previous = -1; // the byte before buffer[0]; -1 at the file's first field
    let pendingQuote = false; // the previous chunk ended with a quote inside a quoted field
    let pendingCr = false; // the previous chunk ended with a CR
    for (;;) {
      signal?.throwIfAborted();
      const { bytesRead: n } = await file.read(buffer, 0, size, base);
      if (n === 0) return undefined;
      const bytes = buffer.subarray(0, n);
      let pos = 0;
      if (pendingCr && bytes[0] !== LF) lines++;
      pendingCr = false;
      if (pendingQuote) {
        pendingQuote = false;
        if (bytes[0] === QUOTE)
          pos = 1; // an escaped quote: still inside the field
        else quoted = false;
      }
      // The first record boundary at or after `from` in this chunk, if any.
      let cut = -1;
      while (pos < n) {
        const q = bytes.indexOf(QUOTE, pos);
        const stretchEnd = q < 0 ? n : q;
        if (!quoted) {
          const lookFrom = Math.max(pos, from - 1 - base);
          if (lookFrom < stretchEnd) {
            const lf = bytes.indexOf(LF, lookFrom);
            if (lf >= 0 && lf < stretchEnd) {
              cut = lf;
              break;
            }
          }
          if (q < 0) break;
          const before = q === 0 ? previous : (bytes[q - 1] as number);
          if (before === -1 || before === delimiter || before === LF || before === CR) quoted = true;
          pos = q + 1;
        } else {
          if (q < 0) break;
          if (q + 1 >= n) {
            pendingQuote = true;
            break;
          }
          if (bytes[q + 1] === QUOTE) pos = q + 2;
          else {
            quoted = false;
            pos = q + 1;
          }
        }
      }
      const end = cut < 0 ? n : cut + 1;
      lines += countLineBreaks(bytes, end);
      if (cut >= 0) return { offset: base + cut + 1, line: lines + 1 };
      if (bytes[n - 1] === CR) pendingCr = true;
      previous = bytes[n - 1] as number;
      base += n;
    }
  } finally {
    await file.close();
  }
}

/** LFs and lone CRs in `bytes[0, end)`; a CR in the last byte is left to the caller. */
function countLineBreaks(bytes: Buffer, end: number): number {
  let count = 0;
  for (let i = bytes.indexOf(LF); i >= 0 && i < end; i = bytes.indexOf(LF, i + 1)) count++;
  for (let i = bytes.indexOf(CR); i >= 0 && i < end - 1; i = bytes.indexOf(CR, i + 1)) {
    if (bytes[i + 1] !== LF) count++;
  }
  return count;
}
