/**
 * Turns a code-list page read from XML into the shape of its JSON twin. fast-xml-parser gives a
 * wrapped list as `{ items: { category: [...] } }` (or one object when there is one element), empty
 * elements as `''`, `xsi:nil` as `{ '@_nil': 'true' }` and every value as a string; the JSON shape
 * has arrays, `null` and numbers. JSON input passes through unchanged.
 */
export function normaliseCodeListPage(body: unknown): unknown {
  const page = unwrapRoot(body);
  if (page === null || typeof page !== 'object' || Array.isArray(page)) return body;
  const p = page as Record<string, unknown>;
  if (Array.isArray(p.items)) return body;
  const out: Record<string, unknown> = { ...p };
  out.items = listOf(p.items).map(normaliseEntry);
  out.nextCursor = nullable(p.nextCursor);
  return out;
}

function unwrapRoot(body: unknown): unknown {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return body;
  const keys = Object.keys(body).filter((k) => !k.startsWith('@_'));
  if (keys.length === 1 && !('items' in body)) return (body as Record<string, unknown>)[keys[0] as string];
  return body;
}

function isNil(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  return typeof value === 'object' && (value as Record<string, unknown>)['@_nil'] === 'true';
}

function nullable(value: unknown): unknown {
  return isNil(value) ? null : value;
}

/** The elements of a wrapped list: `{ item: [...] }`, `{ item: {...} }`, `''` or already an array. */
function listOf(value: unknown): unknown[] {
  if (isNil(value)) return [];
  if (Array.isArray(value)) return value;
  if (typeof value !== 'object') return [value];
  const children = Object.entries(value as Record<string, unknown>).filter(([k]) => !k.startsWith('@_'));
  if (children.length !== 1) return [value];
  const inner = children[0]?.[1];
  if (Array.isArray(inner)) return inner;
  return isNil(inner) ? [] : [inner];
}

function normaliseEntry(entry: unknown): unknown {
  if (entry === null || typeof entry !== 'object') return entry;
  const e: Record<string, unknown> = { ...(entry as Record<string, unknown>) };
  if (typeof e.itemCount === 'string' && /^\d+$/.test(e.itemCount)) e.itemCount = Number(e.itemCount);
  for (const name of ['parentCode', 'validFrom', 'validTo']) if (name in e) e[name] = nullable(e[name]);
  if ('replacedBy' in e) e.replacedBy = listOf(e.replacedBy).map(String);
  return e;
}
