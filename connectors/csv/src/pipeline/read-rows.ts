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
  const bytes = createReadStream(path, { highWaterMark: CHUNK, ...(signal ? { signal } : {}) });
  return parseCsv(decodeText(bytes, options), options);
}
