import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { describeEachBackend, postgresUrl } from '../../test/sql-test-backends';
import { SqlMigrationError } from '../errors/sql-migration-error';
import { openSqlStore } from '../store/open-sql-store';
import type { SqlStore } from '../store/sql-store';
import { type Migration, migrate } from './migrate';

const migrations: Migration[] = [
  { id: '0001_create', up: 'CREATE TABLE items (id int PRIMARY KEY, name text)' },
  { id: '0002_seed', up: "INSERT INTO items VALUES (1, 'một')" },
  {
    id: '0003_function',
    up: async (tx) => {
      await tx.query('INSERT INTO items VALUES ($1, $2)', [2, 'hai']);
    },
  },
];

describeEachBackend('migrate', (open) => {
  let store: SqlStore;
  beforeAll(async () => {
    store = await open();
  });
  afterAll(async () => {
    await store.close();
  });
  beforeEach(async () => {
    await store.exec(
      'DROP TABLE IF EXISTS items; DROP TABLE IF EXISTS chiase_migrations; DROP TABLE IF EXISTS other',
    );
  });

  it('applies migrations in order once, and skips them on the next run', async () => {
    expect(await migrate(store, migrations)).toEqual({
      applied: ['0001_create', '0002_seed', '0003_function'],
      skipped: [],
    });
    expect(await migrate(store, migrations)).toEqual({
      applied: [],
      skipped: ['0001_create', '0002_seed', '0003_function'],
    });
    expect((await store.query('SELECT name FROM items ORDER BY id')).rows).toEqual([
      { name: 'một' },
      { name: 'hai' },
    ]);
    const recorded = await store.query<{ id: string }>(
      'SELECT id FROM chiase_migrations ORDER BY applied_at, id',
    );
    expect(recorded.rows.map((r) => r.id)).toEqual(['0001_create', '0002_seed', '0003_function']);
  });

  it('applies only the new migrations added later', async () => {
    await migrate(store, migrations.slice(0, 1));
    const result = await migrate(store, migrations);
    expect(result.applied).toEqual(['0002_seed', '0003_function']);
  });

  it('rolls back a failing migration alone, keeps the earlier ones, and retries it next run', async () => {
    const broken: Migration[] = [
      migrations[0] as Migration,
      { id: '0002_bad', up: "INSERT INTO items VALUES (1, 'a'); INSERT INTO items VALUES (1, 'dup')" },
    ];
    const error = await migrate(store, broken).catch((e: unknown) => e);
    expect(SqlMigrationError.isInstance(error)).toBe(true);
    expect((error as SqlMigrationError).migrationId).toBe('0002_bad');
    expect((error as SqlMigrationError).problem).toBe('failed');
    expect((await store.query('SELECT id FROM items')).rowCount).toBe(0);
    const fixed: Migration[] = [
      migrations[0] as Migration,
      { id: '0002_bad', up: "INSERT INTO items VALUES (1, 'a')" },
    ];
    expect((await migrate(store, fixed)).applied).toEqual(['0002_bad']);
  });

  it('stops when an applied migration was edited, and refuses duplicate ids', async () => {
    await migrate(store, migrations.slice(0, 1));
    const edited: Migration[] = [{ id: '0001_create', up: 'CREATE TABLE items (id int)' }];
    await expect(migrate(store, edited)).rejects.toSatisfy(
      (e) => SqlMigrationError.isInstance(e) && (e as SqlMigrationError).problem === 'changed',
    );
    await expect(migrate(store, [migrations[0] as Migration, migrations[0] as Migration])).rejects.toSatisfy(
      (e) => SqlMigrationError.isInstance(e) && (e as SqlMigrationError).problem === 'duplicate_id',
    );
  });

  it('keeps scopes apart: the same id in two scopes runs in each', async () => {
    await migrate(store, [{ id: '0001', up: 'CREATE TABLE items (id int)' }], { scope: 'a' });
    const other = await migrate(store, [{ id: '0001', up: 'CREATE TABLE other (id int)' }], { scope: 'b' });
    expect(other.applied).toEqual(['0001']);
  });
});

describe.skipIf(postgresUrl === undefined)('migrate — two processes on one PostgreSQL', () => {
  const schema = `test_${randomBytes(6).toString('hex')}`;
  afterAll(async () => {
    const admin = await openSqlStore(postgresUrl as string);
    await admin.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.close();
  });

  it('applies each migration once when two stores migrate at the same time', async () => {
    const first = await openSqlStore(postgresUrl as string, { schema });
    const second = await openSqlStore(postgresUrl as string, { schema });
    try {
      const results = await Promise.all([migrate(first, migrations), migrate(second, migrations)]);
      expect([...results[0].applied, ...results[1].applied].sort()).toEqual([
        '0001_create',
        '0002_seed',
        '0003_function',
      ]);
      expect((await first.query('SELECT id FROM items')).rowCount).toBe(2);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });
});
