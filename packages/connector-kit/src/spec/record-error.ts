import type { LocalizedMessage } from '@chiase/schema/codes';

/**
 * Why one record was rejected. Shaped like the CSV connector's `RowError` (which is assignable to
 * it): a file record has a `line`; a database or feed record a `key`.
 */
export interface RecordError {
  /** The physical line the record starts on, for file sources. */
  line?: number;
  /** The record's key, for database and feed sources. */
  key?: string;
  /** The field at fault, or `''` for a problem with the whole record. */
  column: string;
  /** The value as found (may be personal data: the report needs the care of its input). */
  value: string;
  /** Machine-readable reason, e.g. `value.date_format`. */
  code: string;
  /** What is wrong and what to do, in Vietnamese and English. */
  reason: LocalizedMessage;
}
