import { createHash, type Hash } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { type CsvLineFormatter, compileCsvLineFormatter, csvField } from './csv-line-formatter';

/** What a finished clean distribution file is. */
export interface CleanCsvFile {
  /** Where it was written. */
  readonly path: string;
  /** Data rows written (the header not counted). */
  readonly rows: number;
  /** Size in bytes. */
  readonly byteSize: number;
  /** SHA-256 of the file, lower-case hex. */
  readonly sha256: string;
}

// Bytes queued before `write` waits for the disk: a few batches, so that parsing and writing
// overlap instead of taking turns at every batch (the default is 16 KiB, less than one batch).
const HIGH_WATER_MARK = 256 * 1024;
// Reads of a part being appended: a whole high-water mark, so each waits for at most one drain.
const APPEND_CHUNK = HIGH_WATER_MARK;

/**
 * Writes the clean distribution of a register: UTF-8 (no BOM), comma-separated, CRLF line ends
 * (RFC 4180), the schema's column names as header, values as the validator typed them (dates
 * `YYYY-MM-DD`, decimals as exact strings). The SHA-256 and byte size are computed on the way.
 */
export class CleanCsvWriter {
  private readonly stream: WriteStream;
  private readonly hash: Hash | undefined;
  private readonly line: CsvLineFormatter;
  private bytes = 0;
  private count = 0;

  /**
   * Starts the file at `path`. With `part: true` it writes a later part of a distribution (no header
   * row, and no digest: `sha256` is empty), to be added to the file that has the header with
   * {@link CleanCsvWriter.append}.
   */
  constructor(
    readonly path: string,
    columns: readonly string[],
    options: { part?: boolean } = {},
  ) {
    this.stream = createWriteStream(path, { highWaterMark: HIGH_WATER_MARK });
    this.line = compileCsvLineFormatter(columns);
    // A part's digest is never used: the whole file's covers it once appended.
    this.hash = options.part ? undefined : createHash('sha256');
    if (!options.part) this.push(`${columns.map(csvField).join(',')}\r\n`);
  }

  /** Appends records (values by column name). */
  async write(records: ReadonlyArray<{ values: Record<string, unknown> }>): Promise<void> {
    if (records.length === 0) return;
    const line = this.line;
    let text = '';
    for (const record of records) text += line(record.values);
    this.count += records.length;
    if (!this.push(text)) await once(this.stream, 'drain');
  }

  /** Appends a part written by another writer (`part: true`, same columns) that holds `rows` data rows. */
  async append(part: string, rows: number): Promise<void> {
    for await (const chunk of createReadStream(part, { highWaterMark: APPEND_CHUNK })) {
      if (!this.pushBytes(chunk as Buffer)) await once(this.stream, 'drain');
    }
    this.count += rows;
  }

  /** Ends the file; resolves when it is on disk. */
  async close(): Promise<CleanCsvFile> {
    const finished = once(this.stream, 'finish');
    this.stream.end();
    await finished;
    return {
      path: this.path,
      rows: this.count,
      byteSize: this.bytes,
      sha256: this.hash?.digest('hex') ?? '',
    };
  }

  /** Stops writing without finishing (the caller removes the file). */
  destroy(): void {
    // Writes still queued fail with ERR_STREAM_DESTROYED; the file is being thrown away, so that is expected.
    this.stream.on('error', () => undefined);
    this.stream.destroy();
  }

  private push(text: string): boolean {
    return this.pushBytes(Buffer.from(text, 'utf8'));
  }

  private pushBytes(chunk: Buffer): boolean {
    this.hash?.update(chunk);
    this.bytes += chunk.byteLength;
    return this.stream.write(chunk);
  }
}
