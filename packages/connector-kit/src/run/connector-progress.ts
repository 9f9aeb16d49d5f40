import type { RunCounters } from '../spec/checkpoint';
import type { SourceTotals } from '../spec/source';

/** A progress event, sent after each acknowledged batch and at the end of the run. */
export interface ConnectorProgress {
  /** Counters for the checkpoint key, earlier resumed runs included. */
  counters: RunCounters;
  /** Milliseconds since this run started. */
  elapsedMs: number;
  /** Records read per second in this run. */
  rowsPerSecond: number;
  /** Bytes read per second in this run (0 when the source reports no sizes). */
  bytesPerSecond: number;
  /** Totals of the input, when the source knows them. */
  totals: SourceTotals | undefined;
  /** Share done, 0 to 1, by bytes when both sizes are known, otherwise by rows; undefined without totals. */
  fraction: number | undefined;
  /** Estimated milliseconds left; undefined without totals or before any progress. */
  etaMs: number | undefined;
}

/** Builds a progress event from counters, the counters when this run started, and the elapsed time. */
export function measureProgress(
  counters: RunCounters,
  atStart: RunCounters,
  elapsedMs: number,
  totals: SourceTotals | undefined,
): ConnectorProgress {
  const seconds = elapsedMs / 1000;
  const rowsThisRun = counters.rowsRead - atStart.rowsRead;
  const bytesThisRun = counters.bytesRead - atStart.bytesRead;
  const rowsPerSecond = seconds > 0 ? rowsThisRun / seconds : 0;
  const bytesPerSecond = seconds > 0 ? bytesThisRun / seconds : 0;
  let fraction: number | undefined;
  let etaMs: number | undefined;
  if (totals?.bytes !== undefined && totals.bytes > 0 && counters.bytesRead > 0) {
    fraction = Math.min(1, counters.bytesRead / totals.bytes);
    if (bytesPerSecond > 0) etaMs = (Math.max(0, totals.bytes - counters.bytesRead) / bytesPerSecond) * 1000;
  } else if (totals?.rows !== undefined && totals.rows > 0) {
    fraction = Math.min(1, counters.rowsRead / totals.rows);
    if (rowsPerSecond > 0) etaMs = (Math.max(0, totals.rows - counters.rowsRead) / rowsPerSecond) * 1000;
  }
  return { counters: { ...counters }, elapsedMs, rowsPerSecond, bytesPerSecond, totals, fraction, etaMs };
}
