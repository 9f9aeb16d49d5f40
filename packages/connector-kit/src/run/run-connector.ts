import { ErrorBudget, type ErrorBudgetOptions } from '../budget/error-budget';
import { ConnectorAbortedError } from '../errors/connector-aborted-error';
import { ConnectorRunError, type RunStage } from '../errors/connector-run-error';
import { ErrorBudgetExceededError } from '../errors/error-budget-exceeded-error';
import type { Checkpoint, CheckpointStore, RunCounters } from '../spec/checkpoint';
import type { ErrorReportWriter } from '../spec/error-report-writer';
import type { RecordError } from '../spec/record-error';
import type { ConnectorSink, RunOutcome } from '../spec/sink';
import type { ConnectorSource, KeyRange, SourcePosition, SourceReader } from '../spec/source';
import type { RecordTransform } from '../spec/transform';
import { type ConnectorProgress, measureProgress } from './connector-progress';

/** Options of {@link runConnector}. */
export interface RunConnectorOptions<T, U> {
  /** Where records come from. */
  source: ConnectorSource<T>;
  /** Normalises and validates each record; rejected records go to `errorReport`. Default: none (records pass as they are). */
  transform?: RecordTransform<T, U>;
  /** Where accepted records go, in batches. */
  sink: ConnectorSink<U>;
  /** Where progress is saved after each acknowledged batch. */
  checkpoints: CheckpointStore;
  /** The checkpoint key: one per pipeline (e.g. `csv:dataset-x:sha256`), and per partition when partitioned. */
  checkpointKey: string;
  /** Resume from the saved checkpoint of `checkpointKey`. Default true; false starts over (and overwrites it). */
  resume?: boolean;
  /** The share of keys this process reads, passed to the source. Default: everything. */
  partition?: KeyRange;
  /** Stops the run: the last acknowledged checkpoint stays, the partial batch is dropped. */
  signal?: AbortSignal;
  /** Records per batch (rejected records included in the count). Default 1,000. */
  batchSize?: number;
  /** Limits on rejected records. Default: no limit. */
  errorBudget?: ErrorBudgetOptions;
  /** Receives rejected records. Default: they are only counted. */
  errorReport?: ErrorReportWriter;
  /** Called after each acknowledged batch and at the end. Exceptions thrown by it are ignored. */
  onProgress?: (progress: ConnectorProgress) => void;
  /** Clock in milliseconds, for tests. Default `performance.now`. */
  now?: () => number;
}

/** What a completed run returns. */
export interface ConnectorRunResult {
  /** The final checkpoint (saved with `completed: true`). */
  checkpoint: Checkpoint;
  /** The checkpoint the run started from, when it resumed. */
  resumedFrom: Checkpoint | undefined;
  /** The last progress event. */
  progress: ConnectorProgress;
}

const ZERO: RunCounters = { rowsRead: 0, rowsWritten: 0, rowsRejected: 0, bytesRead: 0, batches: 0 };

class StageFailure {
  constructor(
    readonly stage: RunStage,
    readonly cause: unknown,
  ) {}
}

async function stage<R>(name: RunStage, work: () => Promise<R> | R): Promise<R> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof StageFailure || ErrorBudgetExceededError.isInstance(error)) throw error;
    throw new StageFailure(name, error);
  }
}

/**
 * Runs a connector: reads records from the source (resuming after the last checkpoint), transforms
 * them, writes them to the sink in ordered batches, and saves a checkpoint after each batch the sink
 * acknowledges. Throws `ConnectorAbortedError` when stopped through `signal`,
 * `ErrorBudgetExceededError` when rejected records pass the budget, and `ConnectorRunError` when a
 * part fails; in every case the sink is closed with the outcome and the last acknowledged checkpoint
 * stays, so a new run continues right after it: no gap, and no duplicate for idempotent sinks.
 */
export async function runConnector<T, U = T>(
  options: RunConnectorOptions<T, U>,
): Promise<ConnectorRunResult> {
  const { source, sink, checkpoints, checkpointKey, onProgress } = options;
  const batchSize = options.batchSize ?? 1000;
  if (!(Number.isInteger(batchSize) && batchSize > 0))
    throw new RangeError('batchSize must be an integer ≥ 1');
  const signal = options.signal ?? new AbortController().signal;
  const now = options.now ?? (() => performance.now());
  const transform =
    options.transform ?? ((record: T) => ({ ok: true as const, record: record as unknown as U }));

  let saved: Checkpoint | undefined;
  const aborted = (): ConnectorAbortedError =>
    new ConnectorAbortedError({ checkpoint: saved, reason: signal.reason });
  if (signal.aborted) throw aborted();

  let resumedFrom: Checkpoint | undefined;
  try {
    resumedFrom = options.resume === false ? undefined : await checkpoints.load(checkpointKey);
  } catch (error) {
    throw new ConnectorRunError({ stage: 'checkpoint', checkpoint: undefined, cause: error });
  }
  saved = resumedFrom;
  const atStart: RunCounters = { ...(resumedFrom?.counters ?? ZERO) };
  const counters: RunCounters = { ...atStart };
  const budget = new ErrorBudget(options.errorBudget, {
    valid: atStart.rowsRead - atStart.rowsRejected,
    invalid: atStart.rowsRejected,
  });
  const startedAt = now();
  let reader: SourceReader<T> | undefined;
  let outcome: RunOutcome = 'failed';

  // The batch being filled: accepted records, rejected records' errors, and the position it reaches.
  let records: U[] = [];
  let errors: RecordError[] = [];
  let pendingRows = 0;
  let pendingRejected = 0;
  let pendingBytes = 0;
  let lastPosition: SourcePosition | undefined = resumedFrom?.position;
  let progress = measureProgress(counters, atStart, 0, undefined);

  const report = (): void => {
    progress = measureProgress(counters, atStart, now() - startedAt, reader?.totals);
    try {
      onProgress?.(progress);
    } catch {
      // A failing progress display must not stop a data run.
    }
  };

  const save = async (completed: boolean): Promise<void> => {
    const checkpoint: Checkpoint = {
      position: lastPosition ?? null,
      sequence: counters.batches,
      counters: { ...counters },
      completed,
      savedAt: new Date(),
    };
    await stage('checkpoint', () => checkpoints.save(checkpointKey, checkpoint));
    saved = checkpoint;
  };

  const flush = async (): Promise<void> => {
    if (pendingRows === 0) return;
    if (records.length > 0) {
      const batch = { records, sequence: counters.batches + 1, lastPosition: lastPosition ?? null };
      await stage('sink', () => sink.writeBatch(batch, { signal }));
      counters.batches++;
      counters.rowsWritten += records.length;
    }
    // The batch is acknowledged: count it, report its rejects, then save where it ends.
    counters.rowsRead += pendingRows;
    counters.rowsRejected += pendingRejected;
    counters.bytesRead += pendingBytes;
    if (errors.length > 0) {
      const written = errors;
      await stage('report', () => options.errorReport?.write(written));
    }
    records = [];
    errors = [];
    pendingRows = 0;
    pendingRejected = 0;
    pendingBytes = 0;
    await save(false);
    report();
  };

  try {
    reader = await stage('source', () =>
      source.open(resumedFrom, { signal, ...(options.partition ? { partition: options.partition } : {}) }),
    );
    const iterator = reader[Symbol.asyncIterator]();
    while (true) {
      if (signal.aborted) throw aborted();
      const next = await stage('source', () => iterator.next());
      if (next.done) break;
      if (signal.aborted) throw aborted();
      const item = next.value;
      const result = await stage('transform', () => transform(item.data, { position: item.position }));
      pendingRows++;
      pendingBytes += item.bytes ?? 0;
      lastPosition = item.position;
      if (result.ok) {
        records.push(result.record);
        budget.countValid();
      } else {
        errors.push(...result.errors);
        pendingRejected++;
        budget.countInvalid();
      }
      if (pendingRows >= batchSize) await flush();
    }
    budget.finish();
    await flush();
    if (signal.aborted) throw aborted();
    await stage('sink', () => sink.complete?.({ signal }));
    await save(true);
    outcome = 'completed';
    report();
    return { checkpoint: saved as Checkpoint, resumedFrom, progress };
  } catch (error) {
    if (ErrorBudgetExceededError.isInstance(error)) {
      // The rejects that passed the budget are reported (the user must see them); no record of the
      // partial batch is written and the checkpoint stays at the last acknowledged batch.
      await options.errorReport?.write(errors).catch(() => {});
      throw error;
    }
    if (signal.aborted) {
      outcome = 'aborted';
      throw aborted();
    }
    if (error instanceof StageFailure) {
      throw new ConnectorRunError({ stage: error.stage, checkpoint: saved, cause: error.cause });
    }
    throw error;
  } finally {
    await reader?.close?.().catch(() => {});
    await sink.close?.(outcome).catch(() => {});
  }
}
