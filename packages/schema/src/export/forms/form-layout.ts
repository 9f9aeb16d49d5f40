import type { FormDocument } from './form-document';

/**
 * One printed line of a form, in reading order; both writers render the same lines. A footnote is
 * one line whose paragraphs are separated by `\n` (a line break inside the cell).
 */
export type FormLine =
  | { readonly kind: 'label'; readonly text: string }
  | { readonly kind: 'title'; readonly text: string }
  | { readonly kind: 'blank' }
  | { readonly kind: 'field'; readonly label: string; readonly value: string }
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'header'; readonly cells: readonly string[] }
  | { readonly kind: 'row'; readonly cells: readonly string[] }
  | { readonly kind: 'footnote'; readonly text: string };

/** A form laid out on a grid: how many columns, how wide, and the lines top to bottom. */
export interface FormLayout {
  /** Number of grid columns (every CSV record has this many fields). */
  readonly columnCount: number;
  /** Width of each grid column in XLSX character units. */
  readonly columnWidths: readonly number[];
  /** How many leading columns a field label spans; the value spans the rest. */
  readonly labelSpan: number;
  /** The lines, top to bottom. */
  readonly lines: readonly FormLine[];
}

/** Widths of the label and value columns of a form without tables (Mẫu số 1). */
const FIELD_ONLY_WIDTHS = [30, 60] as const;

/** Lays a filled form out on a grid: label, title, fields, then each table with its footnotes. */
export function layOutForm(document: FormDocument): FormLayout {
  const { definition } = document;
  const widest = definition.tables.reduce<readonly number[]>(
    (widths, table) => (table.columns.length > widths.length ? table.columns.map((c) => c.width) : widths),
    FIELD_ONLY_WIDTHS,
  );
  const lines: FormLine[] = [{ kind: 'label', text: definition.label }];
  for (const text of definition.title) lines.push({ kind: 'title', text });
  lines.push({ kind: 'blank' });
  definition.fields.forEach((field, index) => {
    lines.push({ kind: 'field', label: field.label, value: document.fields[index] ?? '' });
  });
  definition.tables.forEach((table, index) => {
    lines.push({ kind: 'blank' }, { kind: 'heading', text: table.heading });
    lines.push({ kind: 'header', cells: table.columns.map((c) => c.header) });
    for (const cells of document.tables[index] ?? []) lines.push({ kind: 'row', cells });
    for (const note of table.footnotes) lines.push({ kind: 'footnote', text: note.join('\n') });
  });
  return {
    columnCount: widest.length,
    columnWidths: widest,
    labelSpan: widest.length > 2 ? 2 : 1,
    lines,
  };
}
