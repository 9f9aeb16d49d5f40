import { logEntryHash } from './log-entry-hash';
import type { SharingLogRecord, StoredSharingLogRecord } from './sharing-log-record';
import { SHARING_LOG_COLUMNS } from './sharing-log-row';

type Column = (typeof SHARING_LOG_COLUMNS)[number];

// The column types of `chiase_sharing_log` (migration 0001), to read the batch back from JSON.
const COLUMN_TYPES: Readonly<Record<Column, string>> = {
  seq: 'bigint',
  requested_at: 'timestamptz',
  provided_at: 'timestamptz',
  form: 'text',
  consumer_id: 'text',
  service_id: 'text',
  operation: 'text',
  parameters: 'jsonb',
  purpose: 'text',
  request_id: 'text',
  http_status: 'integer',
  outcome: 'text',
  record_count: 'integer',
  item_codes: 'jsonb',
  data_sha256: 'text',
  prev_hash: 'text',
  entry_hash: 'text',
};

const COLUMNS = SHARING_LOG_COLUMNS.join(', ');
// One parameter whatever the batch size: PGlite binds and parses a long VALUES list of 17
// parameters per row about twice as slowly as one JSON array read by jsonb_to_recordset.
const INSERT_SQL = `INSERT INTO chiase_sharing_log (${COLUMNS}) SELECT ${COLUMNS} FROM jsonb_to_recordset($1::jsonb) AS r(${SHARING_LOG_COLUMNS.map((c) => `${c} ${COLUMN_TYPES[c]}`).join(', ')})`;

function rowObject(record: StoredSharingLogRecord): Record<Column, unknown> {
  return {
    seq: record.seq,
    requested_at: record.requestedAt.toISOString(),
    provided_at: record.providedAt?.toISOString() ?? null,
    form: record.form,
    consumer_id: record.consumerId,
    service_id: record.serviceId,
    operation: record.operation,
    parameters: record.parameters,
    purpose: record.purpose,
    request_id: record.requestId,
    http_status: record.httpStatus,
    outcome: record.outcome,
    record_count: record.recordCount,
    item_codes: record.itemCodes,
    data_sha256: record.dataSha256,
    prev_hash: record.prevHash,
    entry_hash: record.entryHash,
  };
}

/** The last entry of the chain: where the next record links. */
export interface ChainHead {
  /** Its position (0 for an empty log). */
  seq: number;
  /** Its `entryHash` (`GENESIS_HASH` for an empty log). */
  entryHash: string;
}

/** One INSERT of a batch of sealed records, and the head the chain has once it is committed. */
export interface SealedInsert {
  /** The statement. */
  sql: string;
  /** Its parameters. */
  params: unknown[];
  /** The last record of the batch, as a head. */
  head: ChainHead;
}

/**
 * Seals `records` in order after `head` (each with the hash of the one before, numbered from
 * `head.seq + 1`) and builds one INSERT of them all, in order. The `seq` primary key makes the
 * statement fail (23505) rather than fork the chain when another writer has appended after `head`.
 */
export function sealedInsert(
  records: readonly SharingLogRecord[],
  head: ChainHead,
  key?: string | Uint8Array,
): SealedInsert {
  let { seq, entryHash: prevHash } = head;
  const rows: Record<Column, unknown>[] = [];
  for (const record of records) {
    seq += 1;
    const entryHash = logEntryHash(prevHash, record, key);
    rows.push(rowObject({ ...record, seq, prevHash, entryHash }));
    prevHash = entryHash;
  }
  return { sql: INSERT_SQL, params: [JSON.stringify(rows)], head: { seq, entryHash: prevHash } };
}
