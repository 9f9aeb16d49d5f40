import type { FormDefinition, FormTable } from './form-definition';
import { FormInputError } from './form-input-error';

/** One row of a form table: cell text by column key (the `STT` column is numbered by the writers). */
export type FormRow = Readonly<Record<string, string>>;

/** The values to fill a form with: field values by field key, table rows by table key. */
export interface FormValues {
  /** Text of each labelled line, by field key; a missing key leaves the line blank. */
  readonly fields?: Readonly<Record<string, string>>;
  /** Rows of each table, by table key; a missing key leaves the table empty. */
  readonly tables?: Readonly<Record<string, readonly FormRow[]>>;
}

/** A form definition filled in with checked values, ready for the XLSX and CSV writers. */
export interface FormDocument {
  /** The form being filled in. */
  readonly definition: FormDefinition;
  /** Text of every field, in definition order (blank when not given). */
  readonly fields: readonly string[];
  /** Rows of every table, in definition order; each row has one cell per column, `STT` included. */
  readonly tables: readonly (readonly (readonly string[])[])[];
}

function checkKnownKeys(
  definition: FormDefinition,
  given: readonly string[],
  known: readonly string[],
  path: string,
): void {
  for (const key of given) {
    if (!known.includes(key)) {
      throw new FormInputError({
        form: definition.id,
        path: `${path}.${key}`,
        vi: `"${key}" không có trên biểu mẫu; chỉ có: ${known.join(', ') || '(không có)'}.`,
        en: `"${key}" is not on the form; it has only: ${known.join(', ') || '(none)'}.`,
      });
    }
  }
}

function tableRows(definition: FormDefinition, table: FormTable, rows: readonly FormRow[]): string[][] {
  const dataKeys = table.columns.filter((c) => c.numbering !== true).map((c) => c.key);
  return rows.map((row, index) => {
    checkKnownKeys(definition, Object.keys(row), dataKeys, `$.tables.${table.key}[${index}]`);
    return table.columns.map((column) =>
      column.numbering === true ? String(index + 1) : (row[column.key] ?? '').normalize('NFC'),
    );
  });
}

/**
 * Fills `definition` with `values`. Every field and column key must exist on the form, so a typo
 * fails loudly instead of producing a form with a silently empty column. Text is normalised to NFC
 * so that Vietnamese diacritics compare and render consistently.
 * @throws FormInputError when a key is not on the form.
 */
export function fillForm(definition: FormDefinition, values: FormValues): FormDocument {
  const fieldValues = values.fields ?? {};
  const tableValues = values.tables ?? {};
  checkKnownKeys(
    definition,
    Object.keys(fieldValues),
    definition.fields.map((f) => f.key),
    '$.fields',
  );
  checkKnownKeys(
    definition,
    Object.keys(tableValues),
    definition.tables.map((t) => t.key),
    '$.tables',
  );
  return {
    definition,
    fields: definition.fields.map((field) => (fieldValues[field.key] ?? '').normalize('NFC')),
    tables: definition.tables.map((table) => tableRows(definition, table, tableValues[table.key] ?? [])),
  };
}
