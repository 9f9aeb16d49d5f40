import { createHash, createHmac } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import type { SharingLogRecord } from './sharing-log-record';

/** The `prevHash` of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * The hash that seals an entry: SHA-256 over the previous entry's hash and the record in canonical
 * JSON; HMAC-SHA-256 with `key` when the log is keyed, so that someone who can write to the table
 * but does not hold the key cannot rebuild the chain after a change. The position (`seq`) is not
 * hashed: the links alone tell insertions and reorderings apart.
 */
export function logEntryHash(prevHash: string, record: SharingLogRecord, key?: Uint8Array | string): string {
  const content = canonicalJson({
    requestedAt: record.requestedAt.toISOString(),
    providedAt: record.providedAt?.toISOString() ?? null,
    form: record.form,
    consumerId: record.consumerId,
    serviceId: record.serviceId,
    operation: record.operation,
    parameters: record.parameters,
    purpose: record.purpose,
    requestId: record.requestId,
    httpStatus: record.httpStatus,
    outcome: record.outcome,
    recordCount: record.recordCount,
    itemCodes: record.itemCodes,
    dataSha256: record.dataSha256,
  });
  const hash = key === undefined ? createHash('sha256') : createHmac('sha256', key);
  return hash.update(`${prevHash}\n${content}`).digest('hex');
}
