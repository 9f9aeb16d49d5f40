import type { LocalizedMessage } from '@chiase/schema/codes';
import { HeaderError } from '../errors/header-error';
import type { CsvRow } from '../parse/csv-parser';
import { type CellCheck, type FailureSlot, INVALID } from './cell-failure';
import { compileColumnCheck } from './column-check';
import type { DatasetSchema } from './dataset-schema';
import { normalizeHeader } from './normalize-header';
import { compileRecordFactory, type RecordFactory } from './record-factory';

/** A row that passed every check, with its values typed per the schema (see `compileColumnCheck`). */
export interface ValidRecord {
  /** The physical line the row starts on. */
  line: number;
  /** Values by column name, in schema order; `null` for an empty optional cell. */
  values: Record<string, unknown>;
}

/** Why one cell (or a whole row, when `column` is `''`) was rejected. */
export interface RowError {
  /** The physical line the row starts on. */
  line: number;
  /** The schema column name, or `''` for a problem with the whole row (wrong number of fields). */
  column: string;
  /** The cell as written (for a whole-row problem, the row's fields joined by the delimiter shown as `|`). */
  value: string;
  /** Machine-readable reason, e.g. `value.date_format`, `personal_id.birth_year`, `row.field_count`. */
  code: string;
  /** What is wrong and what to do, in Vietnamese and English. */
  reason: LocalizedMessage;
}

/** The outcome of one row: a record, or its errors (every invalid cell, not only the first). */
export type RowOutcome = { ok: true; record: ValidRecord } | { ok: false; errors: RowError[] };

/**
 * Validates rows against a dataset schema, with per-column checks compiled once. Created from the
 * header row, which it maps to schema columns by name or alias (ignoring case and spacing).
 */
export class RowValidator {
  private readonly names: string[];
  private readonly indexes: number[];
  private readonly checks: CellCheck[];
  private readonly width: number;
  private readonly slot: FailureSlot = { code: '', reason: { vi: '', en: '' } };
  private readonly build: RecordFactory;
  /** Values of the row being validated, reused from row to row (the factory copies them). */
  private readonly scratch: unknown[];

  /**
   * Maps `header` to the schema's columns. Throws a `HeaderError` when a required column is
   * missing, a column appears twice, or (with `unknownColumns: "error"`) a header cell is unknown.
   * An optional column absent from the header is `null` in every record.
   */
  constructor(schema: DatasetSchema, header: CsvRow) {
    const byLabel = new Map<string, number>();
    schema.columns.forEach((column, i) => {
      for (const label of [column.name, ...(column.header ?? [])]) byLabel.set(normalizeHeader(label), i);
    });
    const position = new Array<number>(schema.columns.length).fill(-1);
    const unknown: string[] = [];
    const duplicated: string[] = [];
    // A trailing delimiter on the header line leaves an empty last cell: not a column.
    let cells = header.fields;
    while (cells.length > 0 && cells[cells.length - 1]?.trim() === '') cells = cells.slice(0, -1);
    cells.forEach((cell, index) => {
      const column = byLabel.get(normalizeHeader(cell));
      if (column === undefined) {
        if (schema.unknownColumns === 'error') unknown.push(cell);
      } else if (position[column] !== -1) duplicated.push(cell);
      else position[column] = index;
    });
    const missing = schema.columns.filter((c, i) => c.required && position[i] === -1).map((c) => c.name);
    if (missing.length > 0 || unknown.length > 0 || duplicated.length > 0) {
      throw new HeaderError({ line: header.line, missing, unknown, duplicated });
    }
    this.names = schema.columns.map((c) => c.name);
    this.indexes = position;
    this.checks = schema.columns.map((c) => compileColumnCheck(c));
    this.width = cells.length;
    this.build = compileRecordFactory(this.names);
    this.scratch = new Array<unknown>(this.names.length).fill(null);
  }

  /** Validates one data row. */
  validate(row: CsvRow): RowOutcome {
    const { fields, line } = row;
    if (fields.length !== this.width && !this.onlyEmptyBeyondWidth(fields)) {
      return {
        ok: false,
        errors: [
          {
            line,
            column: '',
            value: fields.join('|'),
            code: 'row.field_count',
            reason: {
              vi: `Dòng có ${fields.length} trường nhưng tiêu đề có ${this.width} cột; có thể thiếu hoặc thừa dấu phân cách, hoặc một dấu ngoặc kép chưa đóng.`,
              en: `The row has ${fields.length} fields but the header has ${this.width} columns: a delimiter may be missing or extra, or a quote left open.`,
            },
          },
        ],
      };
    }
    const values = this.scratch;
    let errors: RowError[] | undefined;
    const slot = this.slot;
    for (let i = 0; i < this.checks.length; i++) {
      const index = this.indexes[i] as number;
      const raw = index < 0 ? '' : (fields[index] as string);
      const value = (this.checks[i] as CellCheck)(raw, slot);
      if (value === INVALID) {
        errors ??= [];
        errors.push({
          line,
          column: this.names[i] as string,
          value: raw,
          code: slot.code,
          reason: slot.reason,
        });
      } else values[i] = value;
    }
    return errors ? { ok: false, errors } : { ok: true, record: { line, values: this.build(values) } };
  }

  private onlyEmptyBeyondWidth(fields: readonly string[]): boolean {
    if (fields.length < this.width) return false;
    for (let i = this.width; i < fields.length; i++) if (fields[i] !== '') return false;
    return true;
  }
}
