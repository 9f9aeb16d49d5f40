import type { FormDocument } from './form-document';
import { type FormLine, layOutForm } from './form-layout';

/** The UTF-8 byte order mark: without it Excel opens a CSV as ANSI and garbles Vietnamese. */
const BOM = '\uFEFF';
const CRLF = '\r\n';

/** Quotes a field per RFC 4180 when it holds a comma, a quote, CR or LF; doubles inner quotes. */
function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

/**
 * Excel evaluates a CSV cell that starts with `=`, `+`, `-`, `@`, TAB or CR as a formula, which turns
 * a phone number like `+84 …` into an error and lets crafted text run formulas (CSV injection). Such
 * agency-supplied values get a leading apostrophe, as OWASP recommends; the form's own text never
 * starts with these characters.
 */
function defuse(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function cellsOf(line: FormLine, labelSpan: number): readonly string[] {
  switch (line.kind) {
    case 'blank':
      return [];
    case 'field':
      return [line.label, ...Array<string>(labelSpan - 1).fill(''), defuse(line.value)];
    case 'header':
      return line.cells;
    case 'row':
      return line.cells.map(defuse);
    default:
      return [line.text];
  }
}

/**
 * Renders a filled form as CSV: UTF-8 with a byte order mark (so Excel shows Vietnamese), CRLF line
 * ends and RFC 4180 quoting. Each printed line of the form is one record, padded so that every
 * record has the same number of fields; a field value starts in the column after its label.
 * Values starting with `=`, `+`, `-` or `@` are prefixed with `'` so Excel shows them as text.
 */
export function formToCsv(document: FormDocument): string {
  const layout = layOutForm(document);
  const records = layout.lines.map((line) => {
    const cells = [...cellsOf(line, layout.labelSpan)];
    while (cells.length < layout.columnCount) cells.push('');
    return cells.map(quote).join(',');
  });
  return BOM + records.join(CRLF) + CRLF;
}
