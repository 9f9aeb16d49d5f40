import { MockGatewayPersistenceError } from '../errors/persistence-error';
import { STATE_SNAPSHOT_VERSION, type StateSnapshot } from './state-snapshot';

/** Where a persisted mock gateway keeps its state between runs. */
export interface StateStore {
  /** The saved snapshot, or `undefined` on the first run (or after a layout change). */
  load(): Promise<StateSnapshot | undefined>;
  /** Saves a snapshot, replacing the previous one. */
  save(snapshot: StateSnapshot): Promise<void>;
  /** Closes the database. */
  close(): Promise<void>;
}

interface PGliteLike {
  exec(sql: string): Promise<unknown>;
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
  close(): Promise<void>;
}

/**
 * Opens (creating when needed) a PGlite database in `dataDir` holding the mock gateway's state, one
 * JSON document. PGlite (`@electric-sql/pglite`) is an optional peer dependency, loaded only here.
 *
 * @throws MockGatewayPersistenceError when PGlite is not installed or the directory cannot be opened.
 */
export async function openPgliteStateStore(dataDir: string): Promise<StateStore> {
  let module: { PGlite: { create(dataDir: string): Promise<PGliteLike> } };
  try {
    module = (await import('@electric-sql/pglite')) as unknown as typeof module;
  } catch (error) {
    throw new MockGatewayPersistenceError(
      {
        vi: 'Không tải được @electric-sql/pglite. Cài nó (npm install @electric-sql/pglite) để lưu trạng thái, hoặc bỏ dataDir.',
        en: 'Could not load @electric-sql/pglite. Install it (npm install @electric-sql/pglite) to persist the state, or leave out dataDir.',
      },
      error,
    );
  }
  let db: PGliteLike;
  try {
    db = await module.PGlite.create(dataDir);
    await db.exec(
      'CREATE TABLE IF NOT EXISTS mock_gateway_state (id integer PRIMARY KEY, version integer NOT NULL, state jsonb NOT NULL, saved_at timestamptz NOT NULL DEFAULT now())',
    );
  } catch (error) {
    throw new MockGatewayPersistenceError(
      {
        vi: `Không mở được thư mục dữ liệu ${dataDir} của cổng giả lập.`,
        en: `Could not open the mock gateway's data directory ${dataDir}.`,
      },
      error,
    );
  }
  return {
    async load() {
      const { rows } = await db.query<{ version: number; state: StateSnapshot }>(
        'SELECT version, state FROM mock_gateway_state WHERE id = 1',
      );
      const row = rows[0];
      return row === undefined || row.version !== STATE_SNAPSHOT_VERSION ? undefined : row.state;
    },
    async save(snapshot) {
      await db.query(
        'INSERT INTO mock_gateway_state (id, version, state) VALUES (1, $1, $2) ON CONFLICT (id) DO UPDATE SET version = excluded.version, state = excluded.state, saved_at = now()',
        [snapshot.version, JSON.stringify(snapshot)],
      );
    },
    close: () => db.close(),
  };
}
