import { randomBytes } from 'node:crypto';
import { afterAll, describe } from 'vitest';
import { openSqlStore, type SqlStore } from '../src/index';

/** The real PostgreSQL of the production path (CI sets it through .ci/postgres.sh). */
// An empty value (`CHIASE_TEST_DATABASE_URL=`) counts as unset.
export const postgresUrl = process.env.CHIASE_TEST_DATABASE_URL || undefined;

let warned = false;

/** Opens a fresh store of one backend, in the test file's own schema. */
export type OpenTestStore = () => Promise<SqlStore>;

/**
 * Declares `body` twice: against an in-memory PGlite, and against the PostgreSQL server named by
 * `CHIASE_TEST_DATABASE_URL` (skipped, with a warning, when it is unset). Each file gets its own
 * schema on PostgreSQL, dropped at the end, so test files running in parallel never collide.
 */
export function describeEachBackend(title: string, body: (open: OpenTestStore) => void): void {
  const schema = `test_${randomBytes(6).toString('hex')}`;
  describe(`${title} — PGlite (memory)`, () => {
    body(() => openSqlStore('memory://', { schema }));
  });
  if (postgresUrl === undefined && !warned) {
    warned = true;
    console.warn(
      'CHIASE_TEST_DATABASE_URL is not set: the PostgreSQL suites are skipped (see .ci/postgres.sh)',
    );
  }
  describe.skipIf(postgresUrl === undefined)(`${title} — PostgreSQL`, () => {
    afterAll(async () => {
      const admin = await openSqlStore(postgresUrl as string);
      await admin.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.close();
    });
    body(() => openSqlStore(postgresUrl as string, { schema }));
  });
}
