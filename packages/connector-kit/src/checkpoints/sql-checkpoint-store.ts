import type { Migration, SqlStore, SqlTarget } from '@chiase/sql-store';
import type { CheckpointStore, RunCounters } from '../spec/checkpoint';
import type { SourcePosition } from '../spec/source';

/** Where connector state lives when no target is given: an embedded PGlite on disk. */
export const DEFAULT_STATE_DIR = '.chiase/state';

const MIGRATIONS: readonly Migration[] = [
  {
    id: '0001_connector_checkpoints',
    up: `CREATE TABLE IF NOT EXISTS chiase_connector_checkpoints (
           key text PRIMARY KEY,
           position jsonb,
           sequence bigint NOT NULL,
           counters jsonb NOT NULL,
           completed boolean NOT NULL,
           saved_at timestamptz NOT NULL
         )`,
  },
];

// Loaded on first use: @chiase/sql-store brings the PGlite and PostgreSQL drivers (~5 MB of memory at
// import), which connectors that keep no SQL checkpoints (CSV publishing) should not pay.
const loadSqlStore = () => import('@chiase/sql-store');

/** A checkpoint store on SQL; `close()` closes the SQL store when this store opened it. */
export interface SqlCheckpointStore extends CheckpointStore {
  /** Releases the database when the store owns it (opened by `openSqlCheckpointStore`). */
  close(): Promise<void>;
}

interface CheckpointRow {
  position: SourcePosition;
  sequence: string;
  counters: RunCounters;
  completed: boolean;
  saved_at: Date;
}

/**
 * Keeps checkpoints in a table of an open SQL store (PGlite or PostgreSQL), created by a migration
 * (scope `connector-kit`). Each save is one upsert, durable when it resolves.
 */
export async function createSqlCheckpointStore(store: SqlStore): Promise<SqlCheckpointStore> {
  const { migrate } = await loadSqlStore();
  await migrate(store, MIGRATIONS, { scope: 'connector-kit' });
  return {
    async load(key) {
      const { rows } = await store.query<CheckpointRow>(
        'SELECT position, sequence, counters, completed, saved_at FROM chiase_connector_checkpoints WHERE key = $1',
        [key],
      );
      const row = rows[0];
      if (row === undefined) return undefined;
      return {
        position: row.position,
        sequence: Number(row.sequence),
        counters: row.counters,
        completed: row.completed,
        savedAt: row.saved_at,
      };
    },
    async save(key, checkpoint) {
      await store.query(
        `INSERT INTO chiase_connector_checkpoints (key, position, sequence, counters, completed, saved_at)
         VALUES ($1, $2::jsonb, $3, $4::jsonb, $5, $6)
         ON CONFLICT (key) DO UPDATE SET position = EXCLUDED.position, sequence = EXCLUDED.sequence,
           counters = EXCLUDED.counters, completed = EXCLUDED.completed, saved_at = EXCLUDED.saved_at`,
        [
          key,
          JSON.stringify(checkpoint.position),
          checkpoint.sequence,
          JSON.stringify(checkpoint.counters),
          checkpoint.completed,
          checkpoint.savedAt,
        ],
      );
    },
    async clear(key) {
      await store.query('DELETE FROM chiase_connector_checkpoints WHERE key = $1', [key]);
    },
    async close() {},
  };
}

/**
 * Opens a checkpoint store on its own database: a PostgreSQL URL, `{ dataDir }`, or by default an
 * embedded PGlite in `.chiase/state`. `close()` closes that database.
 */
export async function openSqlCheckpointStore(
  target: SqlTarget = { dataDir: DEFAULT_STATE_DIR },
): Promise<SqlCheckpointStore> {
  const { openSqlStore } = await loadSqlStore();
  const store = await openSqlStore(target);
  try {
    const checkpoints = await createSqlCheckpointStore(store);
    return { ...checkpoints, close: () => store.close() };
  } catch (error) {
    await store.close();
    throw error;
  }
}
