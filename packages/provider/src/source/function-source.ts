import type { DataSource, SourceFilter, SourceRecord } from './data-source';
import { compareFieldValues, fieldValueEquals } from './field-value-equality';

/** Loads every record of a small source (a code list, a register kept in memory or fetched). */
export type RecordLoader = (signal?: AbortSignal) => Promise<Iterable<SourceRecord>>;

function meets(record: SourceRecord, filters: readonly SourceFilter[]): boolean {
  return filters.every((filter) => fieldValueEquals(record[filter.field], filter.value));
}

/**
 * A source over an async function that returns all records; filtering, key order and paging happen
 * in memory, so it suits sources of up to some ten thousand records. Larger ones: `sqlTableSource`,
 * or implement {@link DataSource}.
 */
export function functionSource(load: RecordLoader): DataSource {
  const matching = async (filters: readonly SourceFilter[], signal?: AbortSignal) =>
    [...(await load(signal))].filter((record) => meets(record, filters));
  return {
    async list(query) {
      const records = (await matching(query.filters, query.signal))
        .filter(
          (record) => query.after === undefined || compareFieldValues(record[query.key], query.after) > 0,
        )
        .sort((a, b) => compareFieldValues(a[query.key], b[query.key]));
      return records.slice(0, query.limit);
    },
    async get(key, value, filters, signal) {
      return (await matching(filters, signal)).find((record) => fieldValueEquals(record[key], value));
    },
    async count(filters, signal) {
      return (await matching(filters, signal)).length;
    },
  };
}
