import { isDeepStrictEqual } from 'node:util';
import { type CheckResult, checkPersonalId, checkTaxCode } from '@chiase/schema';
import * as z from 'zod';
import { ProblemError } from '../errors/problem-error';
import type { OperationContext, OperationDefinition } from '../gateway/operation';
import { jsonResponse } from '../http/json-response';
import type { FieldError } from '../http/problem';
import type { MasterDataRow } from '../state/master-data-warehouse';
import { validateBody } from '../validation/validate-body';

const BASE = '/master-data/1.0/entities/{entity}';
const MAX_BATCH = 1000;

const keySchema = z.string().min(1).max(256);
/** `MasterDataUpsertBatch` of the spec. */
const upsertBatchSchema = z.strictObject({
  records: z
    .array(
      z.strictObject({
        key: keySchema,
        data: z.record(z.string(), z.unknown()),
        updatedAt: z.iso.datetime({ offset: true }).optional(),
      }),
    )
    .min(1)
    .max(MAX_BATCH),
});
/** `MasterDataDeleteBatch` of the spec. */
const deleteBatchSchema = z.strictObject({ keys: z.array(keySchema).min(1).max(MAX_BATCH) });

/**
 * What the warehouse checks of a record's key per entity: a citizen's is a personal identification
 * number, an enterprise's a tax code. Other entities take any key.
 */
const KEY_CHECKS: Readonly<Record<string, (key: string) => CheckResult<unknown>>> = {
  citizens: (key) => checkPersonalId(key),
  enterprises: (key) => checkTaxCode(key),
};

function requireEntity(context: OperationContext): { name: string; rows: Map<string, MasterDataRow> } {
  const name = context.params.entity ?? '';
  const rows = context.state.masterData.entity(name);
  if (rows === undefined) {
    const known = context.state.masterData.entityNames.join(', ');
    throw new ProblemError('not_found', {
      vi: `Kho dữ liệu chủ không có thực thể "${name}" (có: ${known}).`,
      en: `The master-data warehouse has no entity "${name}" (it has: ${known}).`,
    });
  }
  return { name, rows };
}

function invalid(what: { vi: string; en: string }, errors: FieldError[]): never {
  throw new ProblemError('validation_failed', what, { errors });
}

/** One error per key that repeats an earlier key of the batch; `at(index)` gives its pointer and JSONPath. */
function duplicateKeyErrors(
  keys: readonly string[],
  pointerOf: (index: number) => [string, string],
): FieldError[] {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  keys.forEach((key, index) => {
    if (seen.has(key)) {
      const [pointer, path] = pointerOf(index);
      errors.push({ pointer, path, code: 'key.duplicate', detail: 'appears twice in the batch' });
    }
    seen.add(key);
  });
  return errors;
}

/**
 * `POST /master-data/1.0/entities/{entity}/upserts`: creates or replaces records by key, all or nothing
 * (Phú Yên plan §2.2). Equal records count as `unchanged`, older ones (`updatedAt`) as `stale`.
 */
export const upsertMasterData: OperationDefinition = {
  operationId: 'masterData.upsert',
  group: 'masterData',
  method: 'POST',
  path: `${BASE}/upserts`,
  handle(context) {
    const { name, rows } = requireEntity(context);
    const batch = validateBody('upsert batch', upsertBatchSchema, context.json());
    const errors = duplicateKeyErrors(
      batch.records.map((r) => r.key),
      (i) => [`/records/${i}/key`, `$.records[${i}].key`],
    );
    const check = KEY_CHECKS[name];
    batch.records.forEach((record, index) => {
      const verdict = check?.(record.key);
      if (verdict !== undefined && !verdict.ok) {
        errors.push({
          pointer: `/records/${index}/key`,
          path: `$.records[${index}].key`,
          code: verdict.code,
          detail: verdict.message.en,
          message: verdict.message,
        });
      }
    });
    if (errors.length > 0) {
      invalid(
        {
          vi: `Lô dữ liệu có ${errors.length} lỗi; không ghi bản ghi nào.`,
          en: `The batch has ${errors.length} error(s); nothing was stored.`,
        },
        errors,
      );
    }
    const counts = { created: 0, updated: 0, unchanged: 0, stale: 0 };
    for (const record of batch.records) {
      const current = rows.get(record.key);
      const updatedAtMs = record.updatedAt === undefined ? undefined : Date.parse(record.updatedAt);
      if (current === undefined) counts.created += 1;
      else if (
        updatedAtMs !== undefined &&
        current.updatedAtMs !== undefined &&
        updatedAtMs < current.updatedAtMs
      ) {
        counts.stale += 1;
        continue;
      } else if (isDeepStrictEqual(current.data, record.data)) {
        counts.unchanged += 1;
        continue;
      } else counts.updated += 1;
      rows.set(record.key, { data: record.data, updatedAtMs });
    }
    return jsonResponse({
      batchId: context.state.nextId('batch'),
      entity: name,
      received: batch.records.length,
      ...counts,
      appliedAt: new Date(context.clock.now()).toISOString(),
    });
  },
};

/** `POST /master-data/1.0/entities/{entity}/deletions`: deletes records by key, all or nothing; idempotent. */
export const deleteMasterData: OperationDefinition = {
  operationId: 'masterData.delete',
  group: 'masterData',
  method: 'POST',
  path: `${BASE}/deletions`,
  handle(context) {
    const { name, rows } = requireEntity(context);
    const batch = validateBody('delete batch', deleteBatchSchema, context.json());
    const errors = duplicateKeyErrors(batch.keys, (i) => [`/keys/${i}`, `$.keys[${i}]`]);
    if (errors.length > 0) {
      invalid(
        {
          vi: 'Lô xoá có mã trùng; không xoá bản ghi nào.',
          en: 'The batch repeats keys; nothing was deleted.',
        },
        errors,
      );
    }
    let deleted = 0;
    for (const key of batch.keys) if (rows.delete(key)) deleted += 1;
    return jsonResponse({
      batchId: context.state.nextId('batch'),
      entity: name,
      received: batch.keys.length,
      deleted,
      notFound: batch.keys.length - deleted,
      appliedAt: new Date(context.clock.now()).toISOString(),
    });
  },
};

/** The operations of the `masterData` group. */
export const masterDataOperations: readonly OperationDefinition[] = [upsertMasterData, deleteMasterData];
