import type { SqlStore, SqlTransaction } from '@chiase/sql-store';
import { migrate, SqlQueryError } from '@chiase/sql-store';
import { PROVIDER_MIGRATION_SCOPE, PROVIDER_MIGRATIONS } from '../storage/provider-migrations';
import { GENESIS_HASH } from './log-entry-hash';
import { type ChainHead, sealedInsert } from './sealed-insert';
import type { SharingLog, SharingLogRecord } from './sharing-log-record';

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
  /** Records written in one statement at most when requests arrive together. Default 200. */
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
// Attempts of a batch under the lock when writers that skip it (below) keep getting in first.
const LOCKED_ATTEMPTS = 5;
const UNIQUE_VIOLATION = '23505';
// The store's lock_timeout ran out behind another writer: retrying record by record would wait again.
const LOCK_NOT_AVAILABLE = '55P03';

function isSeqTaken(error: unknown): boolean {
  return SqlQueryError.isInstance(error) && error.sqlState === UNIQUE_VIOLATION;
}

// Turns of the event loop a batch waits at most for more records.
const GATHER_TURNS = 8;

/** Resolves on the next turn of the event loop, after the I/O callbacks already due. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Group commit: waits while records keep arriving, one event-loop turn at a time (at most
 * GATHER_TURNS). PGlite answers in microtasks, and a consumer's JWT is checked on the thread pool,
 * so without this pause a batch would close before the requests already under way could join it.
 */
async function gather(queue: readonly Pending[]): Promise<void> {
  let seen = -1;
  for (let turn = 0; turn < GATHER_TURNS && queue.length !== seen; turn += 1) {
    seen = queue.length;
    await nextTurn();
  }
}

/** Reads the head under the writers' lock and appends after it, in one transaction. */
async function appendLocked(
  tx: SqlTransaction,
  records: readonly SharingLogRecord[],
  key?: string | Uint8Array,
): Promise<ChainHead> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [LOCK]);
  const last = await tx.query<{ seq: string | number; entry_hash: string }>(
    'SELECT seq, entry_hash FROM chiase_sharing_log ORDER BY seq DESC LIMIT 1',
  );
  const head = { seq: Number(last.rows[0]?.seq ?? 0), entryHash: last.rows[0]?.entry_hash ?? GENESIS_HASH };
  const insert = sealedInsert(records, head, key);
  await tx.query(insert.sql, insert.params);
  return insert.head;
}

/**
 * Writes a batch and returns the new head. With a head known from this writer's last commit, the
 * batch is one INSERT (one round trip, its own transaction): if another writer appended meanwhile,
 * the `seq` key refuses it and the batch goes the locked way, which reads the real head.
 */
async function writeBatch(
  store: SqlStore,
  records: readonly SharingLogRecord[],
  head: ChainHead | undefined,
  key?: string | Uint8Array,
): Promise<ChainHead> {
  if (head !== undefined) {
    const insert = sealedInsert(records, head, key);
    try {
      await store.query(insert.sql, insert.params);
      return insert.head;
    } catch (error) {
      if (!isSeqTaken(error)) throw error;
    }
  }
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await store.transaction((tx) => appendLocked(tx, records, key));
    } catch (error) {
      // A writer on its one-INSERT way does not take the lock: it may take a seq first.
      if (!isSeqTaken(error) || attempt >= LOCKED_ATTEMPTS) throw error;
    }
  }
}

/**
 * The sharing log (Decree 47/2020 Art. 45) in `chiase_sharing_log` through `@chiase/sql-store`:
 * every record sealed with the hash of the one before, numbered without gaps. Records that arrive
 * together are written in one statement (group commit); `append` resolves only once its record is
 * committed, so a provider answers only requests it has logged. Several writers (processes) may
 * share a PostgreSQL log: the chain stays one line.
 */
export async function createSqlSharingLog(settings: SqlSharingLogSettings): Promise<SqlSharingLog> {
  await migrate(settings.store, PROVIDER_MIGRATIONS, { scope: PROVIDER_MIGRATION_SCOPE });
  const maxBatch = settings.maxBatch ?? 200;
  const queue: Pending[] = [];
  // The head as this writer last committed it; unknown at first and after a failure.
  let head: ChainHead | undefined;
  let running: Promise<void> | undefined;
  const drain = async () => {
    await gather(queue);
    while (queue.length > 0) {
      const batch = queue.splice(0, maxBatch);
      try {
        head = await writeBatch(
          settings.store,
          batch.map((p) => p.record),
          head,
          settings.key,
        );
        for (const pending of batch) pending.resolve();
      } catch (error) {
        head = undefined;
        if (batch.length > 1 && SqlQueryError.isInstance(error) && error.sqlState !== LOCK_NOT_AVAILABLE) {
          // The database refused a record (e.g. a value jsonb cannot hold): write them one by one,
          // so that one request's record does not cost the others theirs.
          for (const pending of batch) {
            try {
              head = await writeBatch(settings.store, [pending.record], head, settings.key);
              pending.resolve();
            } catch (single) {
              head = undefined;
              pending.reject(single);
            }
          }
        } else {
          for (const pending of batch) pending.reject(error);
        }
      }
      await gather(queue);
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
