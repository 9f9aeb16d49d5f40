/** The form header cells and column names are compared in: NFC, trimmed, lowercase, single spaces. */
export function normalizeHeader(text: string): string {
  return text.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
}
