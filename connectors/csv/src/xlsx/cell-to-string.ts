/**
 * Turns an exceljs cell value into the text a CSV export of the sheet would hold, predictably:
 * dates `dd/mm/yyyy` (with ` HH:MM:SS` when they carry a time of day), numbers in their shortest
 * form without float noise (`0.1 + 0.2` → `0.3`; 15 significant digits, as Excel shows them),
 * booleans `TRUE`/`FALSE`, formulas their cached result, rich text its plain text, hyperlinks their
 * text, errors their code (`#N/A`); text NFC-normalised; empty cells `''`.
 */
export function cellToString(value: unknown): string {
  if (value === null || value === undefined) return '';
  switch (typeof value) {
    case 'string':
      return value.normalize('NFC');
    case 'number':
      return numberToString(value);
    case 'boolean':
      return value ? 'TRUE' : 'FALSE';
    case 'object':
      return objectToString(value as Record<string, unknown>);
    default:
      return String(value);
  }
}

function numberToString(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return BigInt(n).toString();
  const short = Number(n.toPrecision(15));
  const text = String(short);
  if (!text.includes('e')) return text;
  // Very small or very large: write it out in full rather than in exponent form.
  return short.toFixed(20).replace(/\.?0+$/, '');
}

function objectToString(value: Record<string, unknown>): string {
  if (value instanceof Date) return dateToString(value);
  if (Array.isArray(value.richText)) {
    return (value.richText as { text?: string }[])
      .map((r) => r.text ?? '')
      .join('')
      .normalize('NFC');
  }
  if ('formula' in value || 'sharedFormula' in value) return cellToString(value.result);
  if ('result' in value) return cellToString(value.result);
  if ('text' in value) return cellToString(value.text);
  if ('error' in value) return String(value.error);
  return '';
}

// exceljs turns an Excel serial date into the Date of that wall-clock time in UTC.
function dateToString(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const two = (n: number) => String(n).padStart(2, '0');
  const day = `${two(date.getUTCDate())}/${two(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
  const h = date.getUTCHours();
  const m = date.getUTCMinutes();
  const s = date.getUTCSeconds();
  return h === 0 && m === 0 && s === 0 ? day : `${day} ${two(h)}:${two(m)}:${two(s)}`;
}
