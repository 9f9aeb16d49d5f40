import type { ConnectorSink, ConnectorSource, RunOutcome, SinkBatch, SourceTotals } from '../src/index';

/** A row of the test sources. */
export interface TestRow {
  id: number;
  name: string;
}

/** Rows 1…count. */
export function rows(count: number): TestRow[] {
  return Array.from({ length: count }, (_, i) => ({ id: i + 1, name: `Người ${i + 1}` }));
}

/**
 * A source over an array whose position is the index of the record: `open(checkpoint)` continues
 * right after it. Counts how often it was opened and closed.
 */
export function arraySource(
  data: readonly TestRow[],
  options: { totals?: SourceTotals; bytesPerRow?: number; onRead?: (index: number) => void } = {},
): ConnectorSource<TestRow> & { opened: number; closed: number } {
  const source = {
    specificationVersion: 'v1' as const,
    opened: 0,
    closed: 0,
    async open(checkpoint: { position: unknown } | undefined) {
      source.opened++;
      const start = checkpoint === undefined ? 0 : (checkpoint.position as number) + 1;
      async function* read() {
        for (let i = start; i < data.length; i++) {
          options.onRead?.(i);
          yield {
            data: data[i] as TestRow,
            position: i,
            ...(options.bytesPerRow ? { bytes: options.bytesPerRow } : {}),
          };
        }
      }
      return Object.assign(read(), {
        ...(options.totals ? { totals: options.totals } : {}),
        close: async () => {
          source.closed++;
        },
      });
    },
  };
  return source;
}

/** A sink that records what it was given, and fails on batch `failOnBatch` when set. */
export function recordingSink<U>(options: { failOnBatch?: number } = {}): ConnectorSink<U> & {
  batches: SinkBatch<U>[];
  written: U[];
  completed: number;
  outcome: RunOutcome | undefined;
} {
  const sink = {
    specificationVersion: 'v1' as const,
    batches: [] as SinkBatch<U>[],
    written: [] as U[],
    completed: 0,
    outcome: undefined as RunOutcome | undefined,
    calls: 0,
    async writeBatch(batch: SinkBatch<U>) {
      sink.calls++;
      if (sink.calls === options.failOnBatch) throw new Error(`sink crashed on batch ${batch.sequence}`);
      sink.batches.push(batch);
      sink.written.push(...batch.records);
    },
    async complete() {
      sink.completed++;
    },
    async close(outcome: RunOutcome) {
      sink.outcome = outcome;
    },
  };
  return sink;
}
