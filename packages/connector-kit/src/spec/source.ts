import type { Checkpoint } from './checkpoint';
import type { JsonValue } from './json-value';

/**
 * Where a record sits in its source, opaque to the kit and stored as JSON in checkpoints: a line and
 * byte offset for a file, an incremental cursor (`{ updatedAt, id }`) for a database, a page token and
 * change sequence for a national mirror. Opening the source at a position must continue right after it.
 */
export type SourcePosition = JsonValue;

/** One record read from a source. */
export interface SourceRecord<T> {
  /** The record. */
  data: T;
  /** Its position: resuming from it continues with the next record. Positions only move forward. */
  position: SourcePosition;
  /** Input bytes this record took (for rate and ETA); omit when unknown. */
  bytes?: number;
}

/** An inclusive key range, so that several processes can each run a share of one source. */
export interface KeyRange {
  /** Lowest key included; unbounded when omitted. */
  from?: string;
  /** Highest key included; unbounded when omitted. */
  to?: string;
}

/** What the run loop passes to {@link ConnectorSource.open}. */
export interface SourceOpenOptions {
  /** Aborts reading (the run was stopped). */
  signal: AbortSignal;
  /** The share of keys to read, when the run is partitioned. */
  partition?: KeyRange;
}

/** Size of the whole input when the source knows it (for ETA). */
export interface SourceTotals {
  /** Records in the whole input. */
  rows?: number;
  /** Bytes in the whole input. */
  bytes?: number;
}

/** An opened source: records in order, then done. */
export interface SourceReader<T> extends AsyncIterable<SourceRecord<T>> {
  /** Totals of the whole input (not only what is left), when known. */
  readonly totals?: SourceTotals;
  /** Releases files, cursors and connections; called once whether the run completes or not. */
  close?(): Promise<void>;
}

/**
 * Where records come from: a file, an agency database queried by a cursor column, or a national
 * snapshot and change feed. Records come in a stable order, and `open(checkpoint)` continues after
 * `checkpoint.position` exactly: nothing skipped, nothing repeated.
 */
export interface ConnectorSource<T> {
  /** The version of this contract the source implements. */
  readonly specificationVersion: 'v1';
  /** Opens the source at the start (`undefined`) or right after a saved checkpoint. */
  open(checkpoint: Checkpoint | undefined, options: SourceOpenOptions): Promise<SourceReader<T>>;
}
