import { createHash } from 'node:crypto';
import { quoteTableName } from '../copy/quote-identifier';
import { SqlMigrationError } from '../errors/sql-migration-error';
import type { SqlStore, SqlTransaction } from '../store/sql-store';

/** One schema change. Never edit a migration once released: add a new one. */
export interface Migration {
  /** Unique, stable id, e.g. `0001_create_checkpoints`. Applied in the order of the array, not by id. */
  id: string;
  /** SQL script, or a function run with the migration's transaction. */
  up: string | ((tx: SqlTransaction) => Promise<void>);
}

/** Options of {@link migrate}. */
export interface MigrateOptions {
  /**
   * Which set of migrations this is, so that several packages can migrate one database
   * (e.g. `connector-kit`, `provider`). Default `default`.
   */
  scope?: string;
  /** Table recording applied migrations. Default `chiase_migrations`. */
  table?: string;
}

/** What {@link migrate} did. */
export interface MigrateResult {
  /** Ids applied by this run, in order. */
  applied: string[];
  /** Ids that were already applied. */
  skipped: string[];
}

/**
 * Applies the migrations not yet applied, in array order, each in its own transaction together with
 * its record in the migrations table. Idempotent; safe when two processes migrate one PostgreSQL at
 * once (a transaction-level advisory lock serialises them, and the second sees the first's work). A migration applied earlier whose SQL has
 * changed stops the run (`SqlMigrationError`, `changed`); functions are not compared.
 */
export async function migrate(
  store: SqlStore,
  migrations: readonly Migration[],
  options: MigrateOptions = {},
): Promise<MigrateResult> {
  const scope = options.scope ?? 'default';
  const table = quoteTableName(options.table ?? 'chiase_migrations');
  const seen = new Set<string>();
  for (const migration of migrations) {
    if (seen.has(migration.id))
      throw new SqlMigrationError({ migrationId: migration.id, problem: 'duplicate_id' });
    seen.add(migration.id);
  }
  const lock = async (tx: SqlTransaction) => {
    // One lock for every scope: CREATE TABLE IF NOT EXISTS itself races between sessions.
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`chiase_migrations:${table}`]);
  };
  await store.transaction(async (tx) => {
    await lock(tx);
    await tx.exec(
      `CREATE TABLE IF NOT EXISTS ${table} (
         scope text NOT NULL,
         id text NOT NULL,
         checksum text,
         applied_at timestamptz NOT NULL DEFAULT now(),
         PRIMARY KEY (scope, id)
       )`,
    );
  });
  const result: MigrateResult = { applied: [], skipped: [] };
  for (const migration of migrations) {
    const checksum = typeof migration.up === 'string' ? sha256(migration.up) : null;
    const applied = await store.transaction(async (tx) => {
      await lock(tx);
      const existing = await tx.query<{ checksum: string | null }>(
        `SELECT checksum FROM ${table} WHERE scope = $1 AND id = $2`,
        [scope, migration.id],
      );
      const row = existing.rows[0];
      if (row !== undefined) {
        if (checksum !== null && row.checksum !== null && row.checksum !== checksum) {
          throw new SqlMigrationError({ migrationId: migration.id, problem: 'changed' });
        }
        return false;
      }
      try {
        if (typeof migration.up === 'string') await tx.exec(migration.up);
        else await migration.up(tx);
      } catch (error) {
        throw new SqlMigrationError({ migrationId: migration.id, problem: 'failed', cause: error });
      }
      await tx.query(`INSERT INTO ${table} (scope, id, checksum) VALUES ($1, $2, $3)`, [
        scope,
        migration.id,
        checksum,
      ]);
      return true;
    });
    (applied ? result.applied : result.skipped).push(migration.id);
  }
  return result;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
