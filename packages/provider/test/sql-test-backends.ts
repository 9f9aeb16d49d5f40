import { randomBytes } from 'node:crypto';
import { openSqlStore, type SqlStore } from '@chiase/sql-store';
import { afterAll, describe } from 'vitest';

/** The real PostgreSQL of the production path (CI sets it through .ci/postgres.sh). */
// An empty value (`CHIASE_TEST_DATABASE_URL=`) counts as unset.
export const postgresUrl = process.env.CHIASE_TEST_DATABASE_URL || undefined;

let warned = false;

/** Opens a fresh, empty store of one backend. */
export type OpenTestStore = () => Promise<SqlStore>;

/**
 * Declares `body` against an in-memory PGlite and against the PostgreSQL server named by
 * `CHIASE_TEST_DATABASE_URL` (skipped, with a warning naming the variable, when it is unset). On
 * PostgreSQL every store opened gets its own schema, dropped at the end.
 */
export function describeEachBackend(title: string, body: (open: OpenTestStore) => void): void {
  describe(`${title} — PGlite (memory)`, () => {
    body(() => openSqlStore('memory://'));
  });
  if (postgresUrl === undefined && !warned) {
    warned = true;
    console.warn(
      'CHIASE_TEST_DATABASE_URL is not set: the provider PostgreSQL suites are skipped (see .ci/postgres.sh)',
    );
  }
  describe.skipIf(postgresUrl === undefined)(`${title} — PostgreSQL`, () => {
    const schemas: string[] = [];
    afterAll(async () => {
      const admin = await openSqlStore(postgresUrl as string);
      for (const schema of schemas) await admin.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.close();
    });
    body(() => {
      const schema = `provider_test_${randomBytes(6).toString('hex')}`;
      schemas.push(schema);
      return openSqlStore(postgresUrl as string, { schema, maxConnections: 4 });
    });
  });
}
