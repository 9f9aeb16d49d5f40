import type { RequestOptions } from '../http/gateway-request';
import { segment } from '../http/request-url';
import { ApiResource } from './api-resource';
import type { MasterDataDeleteResult, MasterDataRecord, MasterDataUpsertResult } from './types';

/**
 * Master data copied into the provincial data warehouse (Decree 47/2020 Art. 34.1b): `client.masterData`.
 * Batches are atomic and idempotent: a retried batch (same Idempotency-Key) is applied once.
 */
export class MasterData extends ApiResource {
  /** Upserts a batch of 1–1000 records of one entity. */
  upsert(
    entity: string,
    records: readonly MasterDataRecord[],
    options?: RequestOptions,
  ): Promise<MasterDataUpsertResult> {
    return this.send<MasterDataUpsertResult>(
      {
        method: 'POST',
        group: 'masterData',
        path: `/entities/${segment(entity)}/upserts`,
        json: { records },
        responseSchema: 'MasterDataUpsertResult',
      },
      options,
    );
  }

  /** Deletes a batch of 1–1000 records of one entity by key. */
  delete(entity: string, keys: readonly string[], options?: RequestOptions): Promise<MasterDataDeleteResult> {
    return this.send<MasterDataDeleteResult>(
      {
        method: 'POST',
        group: 'masterData',
        path: `/entities/${segment(entity)}/deletions`,
        json: { keys },
        responseSchema: 'MasterDataDeleteResult',
      },
      options,
    );
  }
}
