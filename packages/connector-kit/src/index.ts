// --- the specification: what a connector implements ---
export type { JsonValue } from './spec/json-value';
export type {
  ConnectorSource,
  KeyRange,
  SourceOpenOptions,
  SourcePosition,
  SourceReader,
  SourceRecord,
  SourceTotals,
} from './spec/source';
export type { RecordTransform, TransformContext, TransformResult } from './spec/transform';
export type { ConnectorSink, RunOutcome, SinkBatch, SinkWriteOptions } from './spec/sink';
export type { Checkpoint, CheckpointStore, RunCounters } from './spec/checkpoint';
export type { RecordError } from './spec/record-error';
export type { ErrorReportWriter } from './spec/error-report-writer';

// --- the run loop ---
export { type ConnectorRunResult, type RunConnectorOptions, runConnector } from './run/run-connector';
export { type ConnectorProgress, measureProgress } from './run/connector-progress';
export { ErrorBudget, type ErrorBudgetOptions } from './budget/error-budget';

// --- checkpoint stores ---
export { createMemoryCheckpointStore } from './checkpoints/memory-checkpoint-store';
export {
  createSqlCheckpointStore,
  DEFAULT_STATE_DIR,
  openSqlCheckpointStore,
  type SqlCheckpointStore,
} from './checkpoints/sql-checkpoint-store';

// --- error reports ---
export {
  CSV_ERROR_REPORT_COLUMNS,
  type CsvErrorReportOptions,
  type CsvErrorReportWriter,
  createCsvErrorReportWriter,
  formatCsvErrorReportLines,
} from './report/csv-error-report-writer';

// --- errors ---
export { ConnectorError } from './errors/connector-error';
export { ConnectorAbortedError } from './errors/connector-aborted-error';
export { ConnectorRunError, type RunStage } from './errors/connector-run-error';
export { type ErrorBudgetLimit, ErrorBudgetExceededError } from './errors/error-budget-exceeded-error';
