import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ValidationError } from '@chiase/schema';
import { describe, expect, it } from 'vitest';
import { CsvConnectorError } from '../errors/csv-connector-error';
import { loadDatasetSchema, parseDatasetSchema } from './load-dataset-schema';

function issuesOf(input: unknown) {
  try {
    parseDatasetSchema(input);
  } catch (error) {
    if (ValidationError.isInstance(error)) return error.issues.map((i) => [i.path, i.code]);
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('dataset schema files', () => {
  it('loads the register schema with defaults applied', async () => {
    const schema = await loadDatasetSchema(
      join(import.meta.dirname, '../../test/fixtures/register.schema.json'),
    );
    expect(schema.columns).toHaveLength(12);
    expect(schema.unknownColumns).toBe('ignore');
    expect(schema.columns.find((c) => c.name === 'email')?.required).toBe(false);
  });

  it('points at the JSON path of each problem inside the schema', () => {
    const issues = issuesOf({
      columns: [
        { name: 'a', type: 'text' },
        { name: 'b', type: 'enum' },
        { name: 'c', type: 'integer', format: 'email' },
        { name: 'A', type: 'string' },
      ],
      extra: true,
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        ['$.columns[0].type', 'invalid_value'],
        ['$.columns[1].values', 'schema.enum_values'],
        ['$.columns[2].format', 'schema.format_type'],
        ['$', 'unrecognized_keys'],
      ]),
    );
  });

  it('rejects two columns answering to the same header', () => {
    const issues = issuesOf({
      columns: [
        { name: 'ho_ten', type: 'string' },
        { name: 'ten', header: ['Họ Tên', 'HO_TEN'], type: 'string' },
      ],
    });
    expect(issues).toContainEqual(['$.columns[1]', 'schema.duplicate_header']);
  });

  it('says when the file is not JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chiase-schema-'));
    try {
      writeFileSync(join(dir, 's.json'), '{ "columns": [ }');
      const error = await loadDatasetSchema(join(dir, 's.json')).catch((e: unknown) => e);
      expect(CsvConnectorError.isInstance(error)).toBe(true);
      expect((error as CsvConnectorError).code).toBe('schema.not_json');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
