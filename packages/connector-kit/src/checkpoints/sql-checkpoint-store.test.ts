import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqlStore, type SqlStore } from '@chiase/sql-store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { arraySource, recordingSink, rows, type TestRow } from '../../test/array-source';
import { runConnector } from '../run/run-connector';
import type { Checkpoint } from '../spec/checkpoint';
import {
  createSqlCheckpointStore,
  openSqlCheckpointStore,
  type SqlCheckpointStore,
} from './sql-checkpoint-store';

// An empty value (`CHIASE_TEST_DATABASE_URL=`) counts as unset.
const postgresUrl = process.env.CHIASE_TEST_DATABASE_URL || undefined;
if (postgresUrl === undefined) {
  console.warn(
    'CHIASE_TEST_DATABASE_URL is not set: the PostgreSQL checkpoint suite is skipped (see .ci/postgres.sh)',
  );
}
const schema = `test_${randomBytes(6).toString('hex')}`;

const checkpoint: Checkpoint = {
  position: { updatedAt: '2025-07-01T00:00:00Z', id: '9007199254740993', page: [1, 'x'] },
  sequence: 12,
  counters: { rowsRead: 1200, rowsWritten: 1190, rowsRejected: 10, bytesRead: 98765, batches: 12 },
  completed: false,
  savedAt: new Date('2025-07-01T01:02:03.456Z'),
};

function suite(name: string, open: () => Promise<SqlStore>, cleanUp: () => Promise<void>): void {
  describe(name, () => {
    let sql: SqlStore;
    let store: SqlCheckpointStore;
    beforeAll(async () => {
      sql = await open();
      store = await createSqlCheckpointStore(sql);
    });
    afterAll(async () => {
      await sql.close();
      await cleanUp();
    });

    it('saves, replaces, loads and clears checkpoints by key', async () => {
      expect(await store.load('a')).toBeUndefined();
      await store.save('a', checkpoint);
      await store.save('b', { ...checkpoint, sequence: 1 });
      expect(await store.load('a')).toEqual(checkpoint);
      await store.save('a', { ...checkpoint, sequence: 13, completed: true });
      expect(await store.load('a')).toMatchObject({ sequence: 13, completed: true });
      await store.clear('a');
      expect(await store.load('a')).toBeUndefined();
      expect((await store.load('b'))?.sequence).toBe(1);
    });

    it('creates its table once: a second store on the same database reads the same checkpoints', async () => {
      await store.save('shared', checkpoint);
      const again = await createSqlCheckpointStore(sql);
      expect((await again.load('shared'))?.position).toEqual(checkpoint.position);
    });

    it('resumes a crashed run after the last acknowledged batch, with no duplicate and no gap', async () => {
      const data = rows(57);
      const crashing = recordingSink<TestRow>({ failOnBatch: 3 });
      const run = (sink: typeof crashing) =>
        runConnector({
          source: arraySource(data),
          sink,
          checkpoints: store,
          checkpointKey: 'run',
          batchSize: 8,
        });
      await expect(run(crashing)).rejects.toThrow('sink crashed on batch 3');
      expect((await store.load('run'))?.sequence).toBe(2);
      const second = recordingSink<TestRow>();
      await run(second);
      expect([...crashing.written, ...second.written].map((r) => r.id)).toEqual(data.map((r) => r.id));
      expect(await store.load('run')).toMatchObject({ position: 56, completed: true });
    });
  });
}

suite(
  'SQL checkpoint store — PGlite (memory)',
  () => openSqlStore('memory://'),
  async () => {},
);

describe.skipIf(postgresUrl === undefined)('SQL checkpoint store — PostgreSQL', () => {
  suite(
    'in a schema of its own',
    () => openSqlStore(postgresUrl as string, { schema }),
    async () => {
      const admin = await openSqlStore(postgresUrl as string);
      await admin.exec(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.close();
    },
  );
});

describe('openSqlCheckpointStore', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'chiase-checkpoints-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps checkpoints on disk in a PGlite data directory across processes (reopen)', async () => {
    const dataDir = join(dir, 'state');
    const first = await openSqlCheckpointStore({ dataDir });
    await first.save('csv:dataset', checkpoint);
    await first.close();
    const second = await openSqlCheckpointStore({ dataDir });
    expect(await second.load('csv:dataset')).toEqual(checkpoint);
    await second.close();
  });
});
