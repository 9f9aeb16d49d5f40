import type { SqlStore, SqlTransaction } from '@chiase/sql-store';
import { migrate } from '@chiase/sql-store';
import { PROVIDER_MIGRATION_SCOPE, PROVIDER_MIGRATIONS } from '../storage/provider-migrations';
import { GENESIS_HASH, logEntryHash } from './log-entry-hash';
import type { SharingLog, SharingLogRecord, StoredSharingLogRecord } from './sharing-log-record';
import { rowParameters, SHARING_LOG_COLUMNS } from './sharing-log-row';

/** Settings of {@link createSqlSharingLog}. */
export interface SqlSharingLogSettings {
  /** The store (PGlite or PostgreSQL); the provider's migrations are applied to it. */
  store: SqlStore;
  /**
   * A secret that turns the chain's hashes into HMAC-SHA-256: without it, anyone able to write to
   * the table can rebuild a consistent chain after a change. Keep it out of the database. Default:
   * none (plain SHA-256). Give the same key to `verifySharingLog`.
   */
  key?: string | Uint8Array;
  /** Records written in one transaction at most when requests arrive together. Default 200. */
  maxBatch?: number;
}

/** A sharing log in SQL that can also be flushed. */
export interface SqlSharingLog extends SharingLog {
  /** Resolves once every record appended so far is stored. */
  flush(): Promise<void>;
}

interface Pending {
  record: SharingLogRecord;
  resolve: () => void;
  reject: (error: unknown) => void;
}

// One lock for all writers of the log, across processes sharing a PostgreSQL database.
const LOCK = 'chiase_sharing_log:append';

async function writeBatch(
  tx: SqlTransaction,
  records: readonly SharingLogRecord[],
  key?: string | Uint8Array,
) {
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [LOCK]);
  const last = await tx.query<{ seq: string | number; entry_hash: string }>(
    'SELECT seq, entry_hash FROM chiase_sharing_log ORDER BY seq DESC LIMIT 1',
  );
  let seq = Number(last.rows[0]?.seq ?? 0);
  let prevHash = last.rows[0]?.entry_hash ?? GENESIS_HASH;
  const params: unknown[] = [];
  const tuples: string[] = [];
  for (const record of records) {
    seq += 1;
    const entryHash = logEntryHash(prevHash, record, key);
    const stored: StoredSharingLogRecord = { ...record, seq, prevHash, entryHash };
    const values = rowParameters(stored).map((value, i) => {
      params.push(value);
      const column = SHARING_LOG_COLUMNS[i];
      return column === 'parameters' || column === 'item_codes'
        ? `$${params.length}::jsonb`
        : `$${params.length}`;
    });
    tuples.push(`(${values.join(', ')})`);
    prevHash = entryHash;
  }
  await tx.query(
    `INSERT INTO chiase_sharing_log (${SHARING_LOG_COLUMNS.join(', ')}) VALUES ${tuples.join(', ')}`,
    params,
  );
}

/**
 * The sharing log (Decree 47/2020 Art. 45) in `chiase_sharing_log` through `@chiase/sql-store`:
 * every record sealed with the hash of the one before, numbered without gaps. Records that arrive
 * together are written in one transaction (group commit); `append` resolves only once its record is
 * committed, so a provider answers only requests it has logged.
 */
export async function createSqlSharingLog(settings: SqlSharingLogSettings): Promise<SqlSharingLog> {
  await migrate(settings.store, PROVIDER_MIGRATIONS, { scope: PROVIDER_MIGRATION_SCOPE });
  const maxBatch = settings.maxBatch ?? 200;
  const queue: Pending[] = [];
  let running: Promise<void> | undefined;

  const drain = async () => {
    while (queue.length > 0) {
      const batch = queue.splice(0, maxBatch);
      try {
        await settings.store.transaction((tx) =>
          writeBatch(
            tx,
            batch.map((p) => p.record),
            settings.key,
          ),
        );
        for (const pending of batch) pending.resolve();
      } catch (error) {
        for (const pending of batch) pending.reject(error);
      }
    }
    running = undefined;
  };

  return {
    append(record) {
      return new Promise<void>((resolve, reject) => {
        queue.push({ record, resolve, reject });
        running ??= drain();
      });
    },
    async flush() {
      while (running !== undefined) await running;
    },
  };
}
