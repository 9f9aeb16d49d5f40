import { readFile } from 'node:fs/promises';
import { ValidationError, validate } from '@chiase/schema';
import { CsvConnectorError } from '../errors/csv-connector-error';
import { type DatasetSchema, datasetSchemaSchema } from './dataset-schema';

const SUBJECT = { vi: 'Lược đồ tập dữ liệu', en: 'Dataset schema' };

/**
 * Checks a parsed dataset schema (e.g. from `JSON.parse`) and returns it with defaults applied.
 * Throws a `ValidationError` (from `@chiase/schema`) listing every problem with its JSONPath
 * inside the schema (`$.columns[2].format`).
 */
export function parseDatasetSchema(input: unknown): DatasetSchema {
  const result = validate(datasetSchemaSchema, input);
  if (!result.success) throw new ValidationError({ subject: SUBJECT, issues: result.issues });
  return result.data;
}

/**
 * Reads and checks a dataset schema JSON file. Throws a `CsvConnectorError` when the file is not
 * JSON, a `ValidationError` when it is not a valid schema.
 */
export async function loadDatasetSchema(path: string): Promise<DatasetSchema> {
  const text = await readFile(path, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new CsvConnectorError({
      code: 'schema.not_json',
      message: {
        vi: `Tệp lược đồ ${path} không phải JSON hợp lệ: ${detail}`,
        en: `Schema file ${path} is not valid JSON: ${detail}`,
      },
      cause: error,
    });
  }
  return parseDatasetSchema(json);
}
