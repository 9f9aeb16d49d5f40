import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import type { ReadProgress } from '../encoding/decode-text';
import { CsvConnectorError } from '../errors/csv-connector-error';
import type { CsvRow } from '../parse/csv-parser';
import { cellToString } from './cell-to-string';

/** Options of {@link readXlsx}. */
export interface ReadXlsxOptions {
  /** The worksheet to read: its name, or its 1-based position among worksheets. Default: the first. */
  sheet?: string | number;
  /** Rows per yielded batch. Default 1,000. */
  batchSize?: number;
  /** Stops reading: the iteration throws `signal.reason`. */
  signal?: AbortSignal;
  /** Its `bytes` (file bytes read) and `rows` (sheet rows produced, header included) are advanced. */
  progress?: ReadProgress;
}

interface ExcelRow {
  number: number;
  values: unknown[] | Record<string, unknown>;
}

/**
 * Reads one worksheet of an .xlsx file as a stream (exceljs `WorkbookReader`), yielding batches of
 * rows in the same shape as `parseCsv`: `line` is the sheet's row number, `fields` the cells as
 * text (see `cellToString`). Rows after the first are padded with `''` to the first row's width, so
 * empty trailing cells do not look ragged; rows with no cells at all are skipped.
 * `source` is a file path or a readable stream of the file.
 */
export async function* readXlsx(
  source: string | Readable,
  options: ReadXlsxOptions = {},
): AsyncGenerator<CsvRow[], void, undefined> {
  const { signal, progress } = options;
  const batchSize = options.batchSize ?? 1000;
  // Loaded on first use: exceljs costs ~14 MB of memory at import, which CSV-only runs should not pay.
  // Before the input is touched: a 'data' listener starts the stream flowing, and bytes emitted while
  // the import is awaited would be lost to the reader (unzipper's FILE_ENDED).
  const { default: ExcelJS } = await import('exceljs');
  const input = typeof source === 'string' ? createReadStream(source, { highWaterMark: 1 << 20 }) : source;
  if (progress) {
    input.on('data', (chunk: Buffer | string) => {
      progress.bytes += chunk.length;
    });
  }
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const seen: string[] = [];
  let position = 0;
  try {
    for await (const worksheet of reader) {
      signal?.throwIfAborted();
      position++;
      const name = (worksheet as unknown as { name: string }).name;
      seen.push(name);
      const wanted = options.sheet;
      if (wanted !== undefined && (typeof wanted === 'number' ? wanted !== position : wanted !== name))
        continue;
      let width = -1;
      let batch: CsvRow[] = [];
      for await (const row of worksheet as unknown as AsyncIterable<ExcelRow>) {
        signal?.throwIfAborted();
        const values = Array.isArray(row.values) ? row.values : [];
        const fields: string[] = [];
        for (let i = 1; i < values.length; i++) fields.push(cellToString(values[i]));
        if (fields.every((f) => f === '')) continue;
        if (width < 0) width = fields.length;
        while (fields.length < width) fields.push('');
        batch.push({ line: row.number, fields });
        if (batch.length >= batchSize) {
          if (progress) progress.rows += batch.length;
          yield batch;
          batch = [];
        }
      }
      if (batch.length > 0) {
        if (progress) progress.rows += batch.length;
        yield batch;
      }
      return;
    }
  } finally {
    input.destroy();
  }
  throw new CsvConnectorError({
    code: 'xlsx.sheet_not_found',
    message: {
      vi: `Không tìm thấy trang tính ${JSON.stringify(options.sheet ?? 1)} trong tệp Excel; các trang có: ${seen.join(', ') || '(không có)'}.`,
      en: `Worksheet ${JSON.stringify(options.sheet ?? 1)} was not found in the Excel file; its sheets are: ${seen.join(', ') || '(none)'}.`,
    },
  });
}
