import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { describeEachBackend } from '../../test/sql-test-backends';
import { SqlQueryError } from '../errors/sql-query-error';
import { SqlUsageError } from '../errors/sql-usage-error';
import type { SqlStore } from './sql-store';

describeEachBackend('SqlStore queries and transactions', (open) => {
  let store: SqlStore;
  beforeAll(async () => {
    store = await open();
  });
  afterAll(async () => {
    await store.close();
  });
  beforeEach(async () => {
    await store.exec(`
      DROP TABLE IF EXISTS people;
      CREATE TABLE people (id int8 PRIMARY KEY, name text NOT NULL, born date, paid numeric(14,2),
        seen timestamptz, extra jsonb);
    `);
  });

  it('runs parameterised statements and maps types the same way on both engines', async () => {
    const inserted = await store.query(
      'INSERT INTO people (id, name, born, paid, seen, extra) VALUES ($1, $2, $3, $4, $5, $6), ($7, $8, NULL, NULL, NULL, NULL)',
      [
        9007199254740993n,
        'Nguyễn Văn A',
        '2001-12-31',
        '1234.50',
        new Date('2025-01-02T03:04:05Z'),
        { tinh: '01' },
        2,
        'B',
      ],
    );
    expect(inserted.rowCount).toBe(2);
    const { rows, rowCount } = await store.query('SELECT * FROM people ORDER BY id DESC');
    expect(rowCount).toBe(2);
    expect(rows[1]).toEqual({ id: '2', name: 'B', born: null, paid: null, seen: null, extra: null });
    expect(rows[0]).toEqual({
      id: '9007199254740993',
      name: 'Nguyễn Văn A',
      born: '2001-12-31',
      paid: '1234.50',
      seen: new Date('2025-01-02T03:04:05Z'),
      extra: { tinh: '01' },
    });
    const counted = await store.query<{ n: string }>('SELECT count(*) AS n FROM people');
    expect(counted.rows).toEqual([{ n: '2' }]);
  });

  it('reports UPDATE and DELETE row counts', async () => {
    await store.exec("INSERT INTO people (id, name) VALUES (1, 'a'), (2, 'b'), (3, 'c')");
    expect((await store.query('UPDATE people SET name = $1 WHERE id > 1', ['x'])).rowCount).toBe(2);
    expect((await store.query('DELETE FROM people WHERE id = 1')).rowCount).toBe(1);
  });

  it('throws a SqlQueryError with the SQLSTATE and without the parameters', async () => {
    await store.query('INSERT INTO people (id, name) VALUES ($1, $2)', [1, 'secret-personal-value']);
    const error = await store
      .query('INSERT INTO people (id, name) VALUES ($1, $2)', [1, 'secret-personal-value'])
      .catch((e: unknown) => e);
    expect(SqlQueryError.isInstance(error)).toBe(true);
    const queryError = error as SqlQueryError;
    expect(queryError.sqlState).toBe('23505');
    expect(queryError.constraint).toBe('people_pkey');
    expect(JSON.stringify({ ...queryError, m: queryError.message, s: queryError.stack })).not.toContain(
      'secret-personal-value',
    );
    expect(queryError.localized.vi).toContain('23505');
    const missing = await store.query('SELECT * FROM no_such_table').catch((e: unknown) => e);
    expect((missing as SqlQueryError).sqlState).toBe('42P01');
  });

  it('commits a transaction and returns its value', async () => {
    const value = await store.transaction(async (tx) => {
      await tx.query("INSERT INTO people (id, name) VALUES (1, 'a')");
      await tx.query("INSERT INTO people (id, name) VALUES (2, 'b')");
      return 'done';
    });
    expect(value).toBe('done');
    expect((await store.query('SELECT id FROM people')).rowCount).toBe(2);
  });

  it('rolls a transaction back and rethrows when the callback throws', async () => {
    const boom = new Error('boom');
    await expect(
      store.transaction(async (tx) => {
        await tx.query("INSERT INTO people (id, name) VALUES (1, 'a')");
        throw boom;
      }),
    ).rejects.toBe(boom);
    expect((await store.query('SELECT id FROM people')).rowCount).toBe(0);
  });

  it('rolls back when a statement fails inside the transaction', async () => {
    await expect(
      store.transaction(async (tx) => {
        await tx.query("INSERT INTO people (id, name) VALUES (1, 'a')");
        await tx.query("INSERT INTO people (id, name) VALUES (1, 'dup')");
      }),
    ).rejects.toSatisfy((e) => SqlQueryError.isInstance(e));
    expect((await store.query('SELECT id FROM people')).rowCount).toBe(0);
  });

  it('nests with savepoints: an inner failure undoes only the inner work', async () => {
    await store.transaction(async (tx) => {
      await tx.query("INSERT INTO people (id, name) VALUES (1, 'outer')");
      await expect(
        tx.transaction(async (inner) => {
          await inner.query("INSERT INTO people (id, name) VALUES (2, 'inner')");
          throw new Error('inner fails');
        }),
      ).rejects.toThrow('inner fails');
      await tx.transaction(async (inner) => {
        await inner.query("INSERT INTO people (id, name) VALUES (3, 'inner ok')");
        await inner.transaction(async (deeper) => {
          await deeper.query("INSERT INTO people (id, name) VALUES (4, 'deeper')");
        });
      });
    });
    const { rows } = await store.query<{ id: string }>('SELECT id FROM people ORDER BY id');
    expect(rows.map((r) => r.id)).toEqual(['1', '3', '4']);
  });

  it('refuses a call on the store from inside its transaction, and a handle used after the end', async () => {
    let kept: Parameters<Parameters<SqlStore['transaction']>[0]>[0] | undefined;
    await expect(
      store.transaction(async (tx) => {
        kept = tx;
        await store.query('SELECT 1');
      }),
    ).rejects.toSatisfy(
      (e) => SqlUsageError.isInstance(e) && (e as SqlUsageError).code === 'sql.outside_transaction',
    );
    await expect(kept?.query('SELECT 1')).rejects.toSatisfy(
      (e) => SqlUsageError.isInstance(e) && (e as SqlUsageError).code === 'sql.transaction_closed',
    );
    // The store itself works again after the transaction.
    expect((await store.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
  });

  it('refuses every call after close(), and close() is idempotent', async () => {
    const other = await open();
    await other.close();
    await other.close();
    await expect(other.query('SELECT 1')).rejects.toSatisfy(
      (e) => SqlUsageError.isInstance(e) && (e as SqlUsageError).code === 'sql.store_closed',
    );
  });
});
