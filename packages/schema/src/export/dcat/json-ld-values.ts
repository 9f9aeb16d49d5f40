import type { JsonLdValue } from './json-ld-node';

/** Text in Vietnamese and, optionally, English, as the artefacts carry it. */
export interface BilingualText {
  /** Vietnamese text. */
  readonly vi: string;
  /** English text, if any. */
  readonly en?: string | undefined;
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/**
 * Language-tagged literals (`@language` `vi`, and `en` when given) for a bilingual text. Blank or
 * missing texts give no literal (callers from plain JavaScript may pass anything), so the
 * mandatory-property check reports them.
 */
export function languageLiterals(text: BilingualText | undefined): JsonLdValue[] {
  const literals: JsonLdValue[] = [];
  if (isText(text?.vi)) literals.push({ '@value': text.vi, '@language': 'vi' });
  if (isText(text?.en)) literals.push({ '@value': text.en, '@language': 'en' });
  return literals;
}

/** A literal tagged Vietnamese (e.g. an agency name), or none when the text is blank. */
export function vietnameseLiterals(text: string | undefined): JsonLdValue[] {
  return isText(text) ? [{ '@value': text, '@language': 'vi' }] : [];
}

/** A plain string literal, or none when blank. */
export function plainLiterals(text: string | undefined): string[] {
  return isText(text) ? [text] : [];
}

/** An IRI reference. */
export function iri(value: string): JsonLdValue {
  return { '@id': value };
}

/** An `xsd:date` or `xsd:dateTime` literal, chosen by whether the ISO 8601 string has a time. */
export function temporalLiteral(value: string): JsonLdValue {
  return { '@value': value, '@type': value.includes('T') ? 'xsd:dateTime' : 'xsd:date' };
}

/** An `xsd:nonNegativeInteger` literal (DCAT-AP `dcat:byteSize`). */
export function nonNegativeIntegerLiteral(value: number): JsonLdValue {
  return { '@value': String(value), '@type': 'xsd:nonNegativeInteger' };
}
