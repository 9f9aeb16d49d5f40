import { XMLBuilder } from 'fast-xml-parser';

const builder = new XMLBuilder({ format: false, suppressEmptyNode: true, processEntities: true });

/** An XML answer (`application/xml; charset=utf-8`) of `document`, whose single key is the root element. */
export function xmlResponse(document: Record<string, unknown>, init: { status?: number } = {}): Response {
  const body = `<?xml version="1.0" encoding="UTF-8"?>${builder.build(document) as string}`;
  return new Response(body, {
    status: init.status ?? 200,
    headers: { 'content-type': 'application/xml; charset=utf-8' },
  });
}
