// Public surface of @chiase/connector-csv (input side: decode, parse, validate, report).
// Everything not listed here is private.

// --- decoding ---
export type { ChunkDecoder, ChunkDecoderOptions } from './encoding/chunk-decoder';
export { createChunkDecoder } from './encoding/create-chunk-decoder';
export { type DecodeTextOptions, decodeText, type ReadProgress } from './encoding/decode-text';
export { detectEncoding, type EncodingDetection, type LegacyEncodingName } from './encoding/detect-encoding';
export { parseEncodingName, TEXT_ENCODINGS, type TextEncodingName } from './encoding/encoding-name';
export { NfcNormalizer } from './encoding/nfc-normalizer';
export { encodeTcvn3, isTcvn3Encodable } from './encoding/tcvn3';
export { scoreVietnameseText, type VietnameseTextScore } from './encoding/vietnamese-text-score';
export { encodeVni } from './encoding/vni';
export { encodeWindows1258 } from './encoding/windows-1258';
// --- errors ---
export { CsvConnectorError } from './errors/csv-connector-error';
export { CsvSyntaxError } from './errors/csv-syntax-error';
export { DecodeError } from './errors/decode-error';

// --- parsing ---
export { CsvParser, type CsvParserOptions, type CsvRow } from './parse/csv-parser';
export { type CsvDelimiter, detectDelimiter } from './parse/detect-delimiter';
export { type ParseCsvOptions, parseCsv } from './parse/parse-csv';

// --- excel ---
export { cellToString } from './xlsx/cell-to-string';
export { type ReadXlsxOptions, readXlsx } from './xlsx/read-xlsx';

// --- files ---
export { type ReadRowsOptions, readRows } from './pipeline/read-rows';

// --- dataset schema and validation ---
export { HeaderError } from './errors/header-error';
export {
  COLUMN_FORMATS,
  COLUMN_TYPES,
  type DatasetColumn,
  type DatasetSchema,
  datasetSchemaSchema,
} from './schema/dataset-schema';
export { normalizeHeader } from './schema/normalize-header';
export { loadDatasetSchema, parseDatasetSchema } from './schema/load-dataset-schema';
export { type RowError, type RowOutcome, RowValidator, type ValidRecord } from './schema/row-validator';
export {
  type RowBudget,
  type ValidatedBatch,
  type ValidateRowsOptions,
  type ValidationProgress,
  validateRows,
} from './schema/validate-rows';

// --- error report and budget ---
export { ErrorBudgetExceededError } from './errors/error-budget-exceeded-error';
// The generic budget of @chiase/connector-kit (it throws the kit's ErrorBudgetExceededError;
// validateRows and publishCsv turn it into this package's).
export { ErrorBudget, type ErrorBudgetOptions } from '@chiase/connector-kit';
export {
  ERROR_REPORT_COLUMNS,
  ErrorReportWriter,
  formatErrorReportLines,
} from './report/error-report-writer';

// --- publishing ---
export { PublishError } from './errors/publish-error';
export { type CleanCsvFile, CleanCsvWriter } from './publish/clean-csv-writer';
export { loadIntoTable, type TableTarget } from './publish/load-into-table';
export { type OpenDataSchedule, openDataSchedule } from './publish/open-data-schedule';
export {
  type DatasetMetadata,
  type PublishCsvOptions,
  type PublishCsvResult,
  type PublishProgress,
  publishCsv,
} from './publish/publish-csv';
