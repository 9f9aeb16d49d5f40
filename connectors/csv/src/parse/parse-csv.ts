import type { ReadProgress } from '../encoding/decode-text';
import { CsvParser, type CsvParserOptions, type CsvRow } from './csv-parser';

/** Options of {@link parseCsv}. */
export interface ParseCsvOptions extends CsvParserOptions {
  /** Stops parsing: the iteration throws `signal.reason`. */
  signal?: AbortSignal;
  /** Its `rows` counter is advanced by the number of records parsed (header included). */
  progress?: ReadProgress;
}

/**
 * Parses CSV text arriving in pieces (e.g. from `decodeText`) into batches of records, one batch per
 * piece that completes at least one record. Batches keep per-record overhead out of the async
 * iteration; memory stays bounded by the piece size plus one record.
 */
export async function* parseCsv(
  text: AsyncIterable<string>,
  options: ParseCsvOptions = {},
): AsyncGenerator<CsvRow[], void, undefined> {
  const parser = new CsvParser(options);
  const { signal, progress } = options;
  for await (const piece of text) {
    signal?.throwIfAborted();
    const rows = parser.push(piece);
    if (rows.length > 0) {
      if (progress) progress.rows += rows.length;
      yield rows;
    }
  }
  signal?.throwIfAborted();
  const rows = parser.end();
  if (rows.length > 0) {
    if (progress) progress.rows += rows.length;
    yield rows;
  }
}
