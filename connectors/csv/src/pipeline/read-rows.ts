import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import { type DecodeTextOptions, decodeText, type ReadProgress } from '../encoding/decode-text';
import type { CsvParserOptions, CsvRow } from '../parse/csv-parser';
import { parseCsv } from '../parse/parse-csv';
import { readXlsx } from '../xlsx/read-xlsx';

/** Options of {@link readRows}. */
export interface ReadRowsOptions
  extends CsvParserOptions,
    Pick<DecodeTextOptions, 'encoding' | 'onEncoding' | 'fatal'> {
  /** `csv` or `xlsx`; by default from the file extension (`.xlsx` → xlsx, anything else → csv). */
  format?: 'csv' | 'xlsx';
  /** The worksheet of an .xlsx file: name or 1-based position. Default: the first. */
  sheet?: string | number;
  /** Stops reading: the iteration throws `signal.reason`. */
  signal?: AbortSignal;
  /** Counters advanced as the file is read: bytes, and rows (header included). */
  progress?: ReadProgress;
}

// 64 KiB reads keep each batch of rows small enough to die young: with 1 MiB reads the batches
// outlived the young generation, and validation ran ~40 % slower with twice the RSS (bench/, 200k rows).
const CHUNK = 65_536;

/**
 * Reads a CSV or XLSX file as batches of rows, streaming with constant memory: CSV is decoded
 * (encoding detected unless given) and parsed; XLSX is read with the exceljs streaming reader.
 * Feed the result to `validateRows`.
 */
export function readRows(
  path: string,
  options: ReadRowsOptions = {},
): AsyncGenerator<CsvRow[], void, undefined> {
  const format = options.format ?? (extname(path).toLowerCase() === '.xlsx' ? 'xlsx' : 'csv');
  const { signal, progress } = options;
  if (format === 'xlsx') {
    return readXlsx(path, {
      ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
      ...(signal ? { signal } : {}),
      ...(progress ? { progress } : {}),
    });
  }
  // The signal is checked between chunks by decodeText, which then throws `signal.reason` (as every
  // stage does) and, leaving its for-await loop, closes the file.
  const bytes = createReadStream(path, { highWaterMark: CHUNK });
  return parseCsv(decodeText(bytes, options), options);
}
