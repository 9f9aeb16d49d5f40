import type { SourcePosition } from './source';

/** One batch handed to a sink, in source order. */
export interface SinkBatch<U> {
  /** The records, in source order. */
  records: readonly U[];
  /** 1 for the first batch of a checkpoint key, then 2, 3…, continuing across resumed runs. */
  sequence: number;
  /** Position of the last source record covered by this batch (rejected records included). */
  lastPosition: SourcePosition;
}

/** What the run loop passes to {@link ConnectorSink.writeBatch}. */
export interface SinkWriteOptions {
  /** Aborts the write (the run was stopped). */
  signal: AbortSignal;
}

/** How a run ended, for {@link ConnectorSink.close}. */
export type RunOutcome = 'completed' | 'aborted' | 'failed';

/**
 * Where records go: a clean CSV distribution, warehouse upserts, a local mirror. Batches arrive one
 * at a time, in order (never concurrently). A batch is acknowledged when `writeBatch` resolves: the
 * kit then saves the checkpoint. If the process dies between the two, the batch is sent again on the
 * next run, so writes must be idempotent per batch (upserts by key, or a dedupe on `sequence`).
 */
export interface ConnectorSink<U> {
  /** The version of this contract the sink implements. */
  readonly specificationVersion: 'v1';
  /** Writes one batch durably; resolving acknowledges it. */
  writeBatch(batch: SinkBatch<U>, options: SinkWriteOptions): Promise<void>;
  /**
   * Called once when the source is exhausted and every batch is acknowledged, before the final
   * checkpoint: publish what was staged (upload the distribution, swap the table).
   */
  complete?(options: SinkWriteOptions): Promise<void>;
  /**
   * Called once at the end of every run, however it ended: release resources, drop staged work on
   * failure. Its errors are ignored (the outcome is already decided): publish in `complete()`.
   */
  close?(outcome: RunOutcome): Promise<void>;
}
