/** A value a filter, a key or a cursor compares: what a query string can carry, typed. */
export type FieldValue = string | number | boolean;

/** One record as a source returns it: data-item code → value. */
export type SourceRecord = Record<string, unknown>;

/** An equality condition on one data item. Conditions of a query are AND-ed. */
export interface SourceFilter {
  /** The data-item code (column). */
  field: string;
  /** The value it must equal. */
  value: FieldValue;
}

/** What {@link DataSource.list} is asked for: one page in key order. */
export interface SourceListQuery {
  /** Conditions every record returned meets (the consumer's filters and its row filter). */
  filters: readonly SourceFilter[];
  /** The key item the records are ordered by, ascending. */
  key: string;
  /** Only records whose key is greater than this (the last key of the previous page). */
  after?: FieldValue;
  /** At most this many records. */
  limit: number;
  /** Aborts the read. */
  signal?: AbortSignal;
}

/**
 * Where a served service reads its records from. `functionSource` and `sqlTableSource` build one; an
 * agency system can implement it directly. Implementations apply every filter given: the provider
 * passes the consumer's row filter (access rights) through them.
 */
export interface DataSource {
  /** One page of records meeting `filters`, ordered by `key` ascending, after `after`. */
  list(query: SourceListQuery): Promise<SourceRecord[]>;
  /** The record whose `key` equals `value` and which meets `filters`, or undefined. */
  get(
    key: string,
    value: FieldValue,
    filters: readonly SourceFilter[],
    signal?: AbortSignal,
  ): Promise<SourceRecord | undefined>;
  /** How many records meet `filters`. */
  count(filters: readonly SourceFilter[], signal?: AbortSignal): Promise<number>;
}
