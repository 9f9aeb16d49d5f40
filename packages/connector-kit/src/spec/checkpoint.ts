import type { SourcePosition } from './source';

/** Counts kept for a checkpoint key, cumulative across resumed runs. */
export interface RunCounters {
  /** Records read from the source. */
  rowsRead: number;
  /** Records acknowledged by the sink. */
  rowsWritten: number;
  /** Records rejected by the transform. */
  rowsRejected: number;
  /** Input bytes read (as reported by the source). */
  bytesRead: number;
  /** Batches acknowledged. */
  batches: number;
}

/** The state saved after each acknowledged batch. */
export interface Checkpoint {
  /** Position of the last record covered by an acknowledged batch. */
  position: SourcePosition;
  /** Sequence of the last acknowledged batch. */
  sequence: number;
  /** Counters up to and including that batch. */
  counters: RunCounters;
  /** True once a run went through to the end of its source. */
  completed: boolean;
  /** When it was saved. */
  savedAt: Date;
}

/** Keeps checkpoints by key (one key per pipeline and partition). */
export interface CheckpointStore {
  /** The last checkpoint saved under `key`, if any. */
  load(key: string): Promise<Checkpoint | undefined>;
  /** Saves (replaces) the checkpoint of `key`, durably, before resolving. */
  save(key: string, checkpoint: Checkpoint): Promise<void>;
  /** Forgets `key`, so that the next run starts from the beginning. */
  clear(key: string): Promise<void>;
}
