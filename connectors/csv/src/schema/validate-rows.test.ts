import { ErrorBudgetExceededError as KitBudgetError } from '@chiase/connector-kit';
import { describe, expect, it } from 'vitest';
import { fromChunks } from '../../test/chunked';
import { CsvConnectorError } from '../errors/csv-connector-error';
import { ErrorBudgetExceededError } from '../errors/error-budget-exceeded-error';
import { HeaderError } from '../errors/header-error';
import type { CsvRow } from '../parse/csv-parser';
import { parseDatasetSchema } from './load-dataset-schema';
import type { ValidatedBatch } from './validate-rows';
import { validateRows } from './validate-rows';

const schema = parseDatasetSchema({ columns: [{ name: 'n', type: 'integer', required: true }] });

function batches(values: string[], size: number): CsvRow[][] {
  const rows: CsvRow[] = [
    { line: 1, fields: ['n'] },
    ...values.map((v, i) => ({ line: i + 2, fields: [v] })),
  ];
  const out: CsvRow[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

async function drain(source: AsyncIterable<ValidatedBatch>) {
  const seen = { records: 0, errors: [] as number[] };
  try {
    for await (const b of source) {
      seen.records += b.records.length;
      seen.errors.push(...b.errors.map((e) => e.line));
    }
    return { ...seen, error: undefined as unknown };
  } catch (error) {
    return { ...seen, error };
  }
}

describe('validateRows', () => {
  it('splits rows into typed records and errors, counting progress', async () => {
    const progress = { validRows: 0, invalidRows: 0 };
    const out = await drain(
      validateRows(fromChunks(batches(['1', 'x', '3', '', '5'], 2)), schema, { progress }),
    );
    expect(out).toEqual({ records: 3, errors: [3, 5], error: undefined });
    expect(progress).toEqual({ validRows: 3, invalidRows: 2 });
  });

  it('stops after maxErrors invalid rows, still yielding the errors found so far', async () => {
    const values = ['1', 'a', '2', 'b', 'c', 'd', '3'];
    const out = await drain(validateRows(fromChunks(batches(values, 3)), schema, { maxErrors: 2 }));
    expect(ErrorBudgetExceededError.isInstance(out.error)).toBe(true);
    expect((out.error as ErrorBudgetExceededError).limit).toBe('maxErrors');
    expect(out.errors).toEqual([3, 5, 6]);
  });

  it('checks maxErrorRate once enough rows are seen, and always at the end', async () => {
    const values = Array.from({ length: 20 }, (_, i) => (i % 4 === 0 ? 'bad' : String(i)));
    const early = await drain(
      validateRows(fromChunks(batches(values, 5)), schema, { maxErrorRate: 0.1, minRowsForRate: 8 }),
    );
    expect((early.error as ErrorBudgetExceededError).rows).toBe(9);
    const late = await drain(validateRows(fromChunks(batches(values, 5)), schema, { maxErrorRate: 0.25 }));
    expect(late.error).toBeUndefined();
    const atEnd = await drain(validateRows(fromChunks(batches(values, 5)), schema, { maxErrorRate: 0.2 }));
    expect((atEnd.error as ErrorBudgetExceededError).invalidRows).toBe(5);
  });

  it('tells a passed budget in rows, as an error of this package that the kit also recognises', async () => {
    const values = ['a', 'b', '1'];
    const out = await drain(validateRows(fromChunks(batches(values, 2)), schema, { maxErrorRate: 0.5 }));
    expect(out.error).toBeInstanceOf(ErrorBudgetExceededError);
    expect(CsvConnectorError.isInstance(out.error)).toBe(true);
    expect(KitBudgetError.isInstance(out.error)).toBe(true);
    const error = out.error as ErrorBudgetExceededError;
    expect(error).toMatchObject({ limit: 'maxErrorRate', value: 0.5, invalidRows: 2, rows: 3 });
    expect(error.localized.vi).toContain('2 dòng lỗi trên 3 dòng');
    expect(error.localized.en).toContain('2 invalid rows of 3 (66.67 %) exceed maxErrorRate = 50.00 %');
  });

  it('fails an empty input whose schema has required columns', async () => {
    const out = await drain(validateRows(fromChunks([]), schema));
    expect(HeaderError.isInstance(out.error)).toBe(true);
  });
});
