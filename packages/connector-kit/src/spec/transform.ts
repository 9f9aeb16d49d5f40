import type { RecordError } from './record-error';
import type { SourcePosition } from './source';

/** The outcome of transforming one record: the record to write, or why it is rejected. */
export type TransformResult<U> = { ok: true; record: U } | { ok: false; errors: readonly RecordError[] };

/** What a transform knows besides the record. */
export interface TransformContext {
  /** The record's position in the source. */
  position: SourcePosition;
}

/**
 * Normalises and validates one record. A rejected record goes to the error report and counts
 * against the error budget; it never reaches the sink.
 */
export type RecordTransform<T, U> = (
  record: T,
  context: TransformContext,
) => TransformResult<U> | Promise<TransformResult<U>>;
