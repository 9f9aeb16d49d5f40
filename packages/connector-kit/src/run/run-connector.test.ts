import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arraySource, recordingSink, rows, type TestRow } from '../../test/array-source';
import { createMemoryCheckpointStore } from '../checkpoints/memory-checkpoint-store';
import { ConnectorAbortedError } from '../errors/connector-aborted-error';
import { ConnectorRunError } from '../errors/connector-run-error';
import { ErrorBudgetExceededError } from '../errors/error-budget-exceeded-error';
import type { RecordError } from '../spec/record-error';
import type { RecordTransform } from '../spec/transform';
import type { ConnectorProgress } from './connector-progress';
import { runConnector } from './run-connector';

const rejectMultiplesOf =
  (n: number): RecordTransform<TestRow, TestRow> =>
  (row) =>
    row.id % n === 0
      ? {
          ok: false,
          errors: [
            {
              line: row.id + 1,
              column: 'id',
              value: String(row.id),
              code: 'test.bad',
              reason: { vi: 'hỏng', en: 'bad' },
            },
          ],
        }
      : { ok: true, record: row };

describe('runConnector', () => {
  it('writes every record in ordered batches, completes the sink and saves a completed checkpoint', async () => {
    const sink = recordingSink<TestRow>();
    const source = arraySource(rows(25));
    const checkpoints = createMemoryCheckpointStore();
    const result = await runConnector({ source, sink, checkpoints, checkpointKey: 'k', batchSize: 10 });
    expect(sink.batches.map((b) => [b.sequence, b.records.length, b.lastPosition])).toEqual([
      [1, 10, 9],
      [2, 10, 19],
      [3, 5, 24],
    ]);
    expect(sink.written.map((r) => r.id)).toEqual(rows(25).map((r) => r.id));
    expect(sink.completed).toBe(1);
    expect(sink.outcome).toBe('completed');
    expect(source.closed).toBe(1);
    expect(result.checkpoint).toMatchObject({ position: 24, sequence: 3, completed: true });
    expect(result.checkpoint.counters).toEqual({
      rowsRead: 25,
      rowsWritten: 25,
      rowsRejected: 0,
      bytesRead: 0,
      batches: 3,
    });
    expect(await checkpoints.load('k')).toMatchObject({ position: 24, completed: true });
  });

  it('resumes after a crash exactly after the last acknowledged batch: no duplicate, no gap', async () => {
    const data = rows(95);
    const checkpoints = createMemoryCheckpointStore();
    const crashing = recordingSink<TestRow>({ failOnBatch: 4 });
    const error = await runConnector({
      source: arraySource(data),
      sink: crashing,
      checkpoints,
      checkpointKey: 'k',
      batchSize: 10,
    }).catch((e: unknown) => e);
    expect(ConnectorRunError.isInstance(error)).toBe(true);
    expect((error as ConnectorRunError).stage).toBe('sink');
    expect((error as ConnectorRunError).checkpoint?.sequence).toBe(3);
    expect(crashing.outcome).toBe('failed');
    expect(crashing.completed).toBe(0);
    expect((await checkpoints.load('k'))?.position).toBe(29);

    const second = recordingSink<TestRow>();
    const result = await runConnector({
      source: arraySource(data),
      sink: second,
      checkpoints,
      checkpointKey: 'k',
      batchSize: 10,
    });
    expect(result.resumedFrom?.sequence).toBe(3);
    expect(second.batches[0]?.sequence).toBe(4);
    expect([...crashing.written, ...second.written].map((r) => r.id)).toEqual(data.map((r) => r.id));
    expect(result.checkpoint.counters.rowsWritten).toBe(95);
    expect(result.checkpoint.counters.batches).toBe(10);
  });

  it('property: whatever the size, batch size and crash point, two runs write each record exactly once, in order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 1, max: 17 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 7 }),
        async (count, batchSize, failOnBatch, rejectEvery) => {
          const data = rows(count);
          const checkpoints = createMemoryCheckpointStore();
          const transform = rejectMultiplesOf(rejectEvery + 1);
          const first = recordingSink<TestRow>({ failOnBatch });
          const run = (sink: typeof first) =>
            runConnector({
              source: arraySource(data),
              sink,
              checkpoints,
              checkpointKey: 'p',
              batchSize,
              transform,
            });
          await run(first).catch(() => undefined);
          const second = recordingSink<TestRow>();
          const result = await run(second);
          const expected = data.filter((r) => r.id % (rejectEvery + 1) !== 0).map((r) => r.id);
          expect([...first.written, ...second.written].map((r) => r.id)).toEqual(expected);
          expect(result.checkpoint.counters.rowsRead).toBe(count);
          expect(result.checkpoint.counters.rowsRejected).toBe(count - expected.length);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('stops on abort: keeps the last acknowledged checkpoint and writes no partial batch', async () => {
    const controller = new AbortController();
    const sink = recordingSink<TestRow>();
    const checkpoints = createMemoryCheckpointStore();
    const source = arraySource(rows(100), {
      onRead: (i) => {
        if (i === 34) controller.abort(new Error('user pressed Ctrl+C'));
      },
    });
    const error = await runConnector({
      source,
      sink,
      checkpoints,
      checkpointKey: 'k',
      batchSize: 10,
      signal: controller.signal,
    }).catch((e: unknown) => e);
    expect(ConnectorAbortedError.isInstance(error)).toBe(true);
    expect((error as ConnectorAbortedError).checkpoint?.sequence).toBe(3);
    expect((error as ConnectorAbortedError).localized.en).toContain('resumes after batch 3');
    expect(sink.written.map((r) => r.id)).toEqual(rows(30).map((r) => r.id));
    expect(sink.outcome).toBe('aborted');
    expect(sink.completed).toBe(0);
    expect(source.closed).toBe(1);
    expect(await checkpoints.load('k')).toMatchObject({ position: 29, sequence: 3, completed: false });
  });

  it('does not start when the signal is already aborted', async () => {
    const source = arraySource(rows(3));
    await expect(
      runConnector({
        source,
        sink: recordingSink<TestRow>(),
        checkpoints: createMemoryCheckpointStore(),
        checkpointKey: 'k',
        signal: AbortSignal.abort(),
      }),
    ).rejects.toSatisfy((e) => ConnectorAbortedError.isInstance(e));
    expect(source.opened).toBe(0);
  });

  it('reports progress after each batch: counters, rate and ETA from known totals', async () => {
    let clock = 0;
    const events: ConnectorProgress[] = [];
    const source = arraySource(rows(40), {
      totals: { rows: 40, bytes: 4000 },
      bytesPerRow: 100,
      onRead: () => {
        clock += 5; // 5 ms per record: 200 records/s, 20,000 bytes/s
      },
    });
    await runConnector({
      source,
      sink: recordingSink<TestRow>(),
      checkpoints: createMemoryCheckpointStore(),
      checkpointKey: 'k',
      batchSize: 10,
      onProgress: (p) => events.push(p),
      now: () => clock,
    });
    const first = events[0] as ConnectorProgress;
    expect(first.counters).toMatchObject({ rowsRead: 10, rowsWritten: 10, bytesRead: 1000, batches: 1 });
    expect(first.elapsedMs).toBe(50);
    expect(first.fraction).toBe(0.25);
    const third = events[2] as ConnectorProgress;
    expect(third.counters.rowsRead).toBe(30);
    expect(third.rowsPerSecond).toBeCloseTo(200, 9);
    expect(third.bytesPerSecond).toBeCloseTo(20_000, 9);
    expect(third.etaMs).toBeCloseTo(50, 9); // 1,000 bytes left at 20,000 bytes/s
    const last = events[events.length - 1] as ConnectorProgress;
    expect(last.fraction).toBe(1);
    expect(last.etaMs).toBe(0);
  });

  it('sends rejected records to the error report after their batch is acknowledged, never to the sink', async () => {
    const reported: RecordError[] = [];
    const sink = recordingSink<TestRow>();
    const result = await runConnector({
      source: arraySource(rows(20)),
      transform: rejectMultiplesOf(5),
      sink,
      checkpoints: createMemoryCheckpointStore(),
      checkpointKey: 'k',
      batchSize: 10,
      errorReport: { write: async (errors) => void reported.push(...errors) },
    });
    expect(sink.written.map((r) => r.id)).not.toContain(5);
    expect(sink.written).toHaveLength(16);
    expect(reported.map((e) => e.value)).toEqual(['5', '10', '15', '20']);
    expect(result.checkpoint.counters).toMatchObject({ rowsRead: 20, rowsWritten: 16, rowsRejected: 4 });
  });

  it('stops cleanly when rejected records pass maxErrors: typed error, nothing completed, rejects reported', async () => {
    const reported: RecordError[] = [];
    const sink = recordingSink<TestRow>();
    const checkpoints = createMemoryCheckpointStore();
    const error = await runConnector({
      source: arraySource(rows(100)),
      transform: rejectMultiplesOf(7),
      sink,
      checkpoints,
      checkpointKey: 'k',
      batchSize: 20,
      errorBudget: { maxErrors: 3 },
      errorReport: { write: async (errors) => void reported.push(...errors) },
    }).catch((e: unknown) => e);
    expect(ErrorBudgetExceededError.isInstance(error)).toBe(true);
    expect((error as ErrorBudgetExceededError).invalidRows).toBe(4);
    expect((error as ErrorBudgetExceededError).rows).toBe(28);
    expect(sink.written.map((r) => r.id)).toEqual(
      rows(20)
        .filter((r) => r.id % 7 !== 0)
        .map((r) => r.id),
    );
    expect(sink.completed).toBe(0);
    expect(sink.outcome).toBe('failed');
    expect(reported.map((e) => e.value)).toEqual(['7', '14', '21', '28']);
    expect((await checkpoints.load('k'))?.sequence).toBe(1);
  });

  it('checks maxErrorRate over the whole input at the end', async () => {
    const sink = recordingSink<TestRow>();
    await expect(
      runConnector({
        source: arraySource(rows(50)),
        transform: rejectMultiplesOf(10),
        sink,
        checkpoints: createMemoryCheckpointStore(),
        checkpointKey: 'k',
        errorBudget: { maxErrorRate: 0.05 },
      }),
    ).rejects.toSatisfy(
      (e) =>
        ErrorBudgetExceededError.isInstance(e) && (e as ErrorBudgetExceededError).limit === 'maxErrorRate',
    );
    expect(sink.completed).toBe(0);
  });

  it('starts over when resume is false', async () => {
    const checkpoints = createMemoryCheckpointStore();
    await runConnector({
      source: arraySource(rows(5)),
      sink: recordingSink<TestRow>(),
      checkpoints,
      checkpointKey: 'k',
    });
    const again = recordingSink<TestRow>();
    await runConnector({
      source: arraySource(rows(5)),
      sink: again,
      checkpoints,
      checkpointKey: 'k',
      resume: false,
    });
    expect(again.written).toHaveLength(5);
    const resumed = recordingSink<TestRow>();
    await runConnector({ source: arraySource(rows(5)), sink: resumed, checkpoints, checkpointKey: 'k' });
    expect(resumed.written).toHaveLength(0);
  });

  it('names the failing part when the source throws', async () => {
    const source = {
      specificationVersion: 'v1' as const,
      async open() {
        throw new Error('file not found');
      },
    };
    const error = await runConnector({
      source,
      sink: recordingSink<TestRow>(),
      checkpoints: createMemoryCheckpointStore(),
      checkpointKey: 'k',
    }).catch((e: unknown) => e);
    expect((error as ConnectorRunError).stage).toBe('source');
    expect((error as ConnectorRunError).localized.vi).toContain('nguồn dữ liệu');
  });
});
