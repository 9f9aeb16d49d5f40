import { XMLParser } from 'fast-xml-parser';

/** How a body is read, from its content type. */
export type BodyFormat = 'json' | 'xml' | 'text' | 'bytes';

/** A decoded body, or why it could not be decoded. */
export type DecodedBody = { ok: true; value: unknown } | { ok: false; format: BodyFormat; reason: string };

const JSON_TYPE = /^(?:application|text)\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;
const XML_TYPE = /^(?:application|text)\/(?:[\w.+-]+\+)?xml\s*(?:;|$)/i;
const TEXT_TYPE = /^text\//i;
const CHARSET = /;\s*charset\s*=\s*"?([\w.:-]+)"?/i;

/** The format a content type is read as: JSON (`*\/json`, `*+json`), XML (`*\/xml`, `*+xml`), text, or bytes. */
export function bodyFormat(contentType: string | undefined): BodyFormat | undefined {
  if (contentType === undefined || contentType.trim() === '') return undefined;
  if (JSON_TYPE.test(contentType)) return 'json';
  if (XML_TYPE.test(contentType)) return 'xml';
  if (TEXT_TYPE.test(contentType)) return 'text';
  return 'bytes';
}

function decodeText(bytes: Uint8Array, contentType: string | undefined): string {
  const charset = contentType === undefined ? undefined : CHARSET.exec(contentType)?.[1];
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    // An unknown charset label: gateways that mislabel mostly mean UTF-8.
    return new TextDecoder('utf-8').decode(bytes);
  }
}

const PARSER_OPTIONS = {
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // SOAP and data-services answers are namespaced; plain names are what callers want.
  removeNSPrefix: true,
  // Codes such as "01" or "0100109106" must stay strings: no number guessing.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
} as const;

const defaultXmlParser = new XMLParser(PARSER_OPTIONS);

function xmlParser(arrayPaths: readonly string[] | undefined): XMLParser {
  if (arrayPaths === undefined || arrayPaths.length === 0) return defaultXmlParser;
  const paths = new Set(arrayPaths);
  return new XMLParser({ ...PARSER_OPTIONS, isArray: (_name, jpath) => paths.has(String(jpath)) });
}

function parseJson(text: string): DecodedBody {
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, format: 'json', reason: error instanceof Error ? error.message : String(error) };
  }
}

function parseXml(text: string, arrayPaths: readonly string[] | undefined): DecodedBody {
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    // `true` validates first, so a body cut short fails instead of yielding half a document.
    return { ok: true, value: xmlParser(arrayPaths).parse(text, true) as unknown };
  } catch (error) {
    return { ok: false, format: 'xml', reason: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Decodes a response body by its content type: JSON (also `application/problem+json`), XML into
 * plain objects (attributes as `@_name`, element text as strings, namespace prefixes removed), text,
 * or the bytes themselves. A body without a content type is read as JSON or XML when it looks like one.
 */
export function decodeBody(
  bytes: Uint8Array,
  contentType: string | undefined,
  xmlArrayPaths?: readonly string[],
): DecodedBody {
  if (bytes.byteLength === 0) return { ok: true, value: undefined };
  const format = bodyFormat(contentType);
  if (format === 'bytes') return { ok: true, value: bytes };
  const text = decodeText(bytes, contentType);
  if (format === 'json') return parseJson(text);
  if (format === 'xml') return parseXml(text, xmlArrayPaths);
  const start = text.trimStart()[0];
  if (start === '{' || start === '[') {
    const json = parseJson(text);
    if (json.ok) return json;
  }
  if (format === undefined && start === '<') {
    const xml = parseXml(text, xmlArrayPaths);
    if (xml.ok) return xml;
  }
  return { ok: true, value: text };
}
