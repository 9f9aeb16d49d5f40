import type { SharingMethod } from '@chiase/schema';
import type { SharingOutcome, StoredSharingLogRecord } from './sharing-log-record';

/** The columns of `chiase_sharing_log`, in insert order. */
export const SHARING_LOG_COLUMNS = [
  'seq',
  'requested_at',
  'provided_at',
  'form',
  'consumer_id',
  'service_id',
  'operation',
  'parameters',
  'purpose',
  'request_id',
  'http_status',
  'outcome',
  'record_count',
  'item_codes',
  'data_sha256',
  'prev_hash',
  'entry_hash',
] as const;

/** A row of `chiase_sharing_log` as `@chiase/sql-store` returns it. */
export interface SharingLogRow {
  seq: string | number;
  requested_at: Date;
  provided_at: Date | null;
  form: string;
  consumer_id: string | null;
  service_id: string;
  operation: string;
  parameters: Record<string, string>;
  purpose: string | null;
  request_id: string | null;
  http_status: number;
  outcome: string;
  record_count: number | null;
  item_codes: string[] | null;
  data_sha256: string | null;
  prev_hash: string;
  entry_hash: string;
}

/** A stored record from its row. */
export function recordFromRow(row: SharingLogRow): StoredSharingLogRecord {
  return {
    seq: Number(row.seq),
    requestedAt: row.requested_at,
    providedAt: row.provided_at,
    form: row.form as SharingMethod,
    consumerId: row.consumer_id,
    serviceId: row.service_id,
    operation: row.operation,
    parameters: row.parameters,
    purpose: row.purpose,
    requestId: row.request_id,
    httpStatus: row.http_status,
    outcome: row.outcome as SharingOutcome,
    recordCount: row.record_count,
    itemCodes: row.item_codes,
    dataSha256: row.data_sha256,
    prevHash: row.prev_hash,
    entryHash: row.entry_hash,
  };
}

/** The parameters of one row, in {@link SHARING_LOG_COLUMNS} order (JSON as text for `jsonb`). */
export function rowParameters(record: StoredSharingLogRecord): unknown[] {
  return [
    record.seq,
    record.requestedAt,
    record.providedAt,
    record.form,
    record.consumerId,
    record.serviceId,
    record.operation,
    JSON.stringify(record.parameters),
    record.purpose,
    record.requestId,
    record.httpStatus,
    record.outcome,
    record.recordCount,
    record.itemCodes === null ? null : JSON.stringify(record.itemCodes),
    record.dataSha256,
    record.prevHash,
    record.entryHash,
  ];
}
