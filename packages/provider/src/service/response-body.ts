import { XMLBuilder } from 'fast-xml-parser';
import type { SourceRecord } from '../source/data-source';
import type { MessageFormat } from './content-negotiation';

/** What an operation answers, before it is written as JSON or XML. */
export type OperationResult =
  | { kind: 'list'; records: SourceRecord[]; nextCursor: string | null }
  | { kind: 'record'; record: SourceRecord }
  | { kind: 'count'; count: number };

const xml = new XMLBuilder({ format: false, suppressEmptyNode: false, suppressBooleanAttributes: false });
const XML_HEADER = '<?xml version="1.0" encoding="UTF-8"?>';

function xmlValue(record: SourceRecord): SourceRecord {
  const out: SourceRecord = {};
  for (const [key, value] of Object.entries(record)) {
    out[key] = value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : value;
  }
  return out;
}

/**
 * Writes a result: JSON `{data, nextCursor}` / `{data}` / `{count}`, or the same shape in XML
 * (`<result><data><record>…</record></data><nextCursor/></result>`; null items as empty elements,
 * nested values as JSON text).
 */
export function encodeResult(
  result: OperationResult,
  format: MessageFormat,
): { body: string; contentType: string } {
  if (format === 'JSON') {
    const value =
      result.kind === 'list'
        ? { data: result.records, nextCursor: result.nextCursor }
        : result.kind === 'record'
          ? { data: result.record }
          : { count: result.count };
    return { body: JSON.stringify(value), contentType: 'application/json; charset=utf-8' };
  }
  const value =
    result.kind === 'list'
      ? { result: { data: { record: result.records.map(xmlValue) }, nextCursor: result.nextCursor ?? '' } }
      : result.kind === 'record'
        ? { result: { data: { record: xmlValue(result.record) } } }
        : { result: { count: result.count } };
  return { body: XML_HEADER + (xml.build(value) as string), contentType: 'application/xml; charset=utf-8' };
}
