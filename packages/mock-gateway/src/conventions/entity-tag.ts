import { createHash } from 'node:crypto';
import { ProblemError } from '../errors/problem-error';

function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
}

/**
 * A strong entity tag (quoted, as sent in `ETag`) for version `version` of a JSON value, shaped like
 * the spec's example `"3-8f14e45f"`. Equal values (object key order aside) at the same version get
 * equal tags; a new version always gets a new tag, even when the value is back to an older one.
 */
export function entityTag(version: number, value: unknown): string {
  const digest = createHash('sha256').update(stableStringify(value)).digest('hex').slice(0, 8);
  return `"${version}-${digest}"`;
}

function listedTags(header: string): string[] {
  return header
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '');
}

/**
 * Enforces `If-Match` on a write to an entry (RFC 9110 §13.1.1, strong comparison). Without the
 * header the write applies unconditionally, as the reference profile says.
 *
 * @param currentEtag the entry's current tag.
 * @throws ProblemError `etag_mismatch` (412) when the header names no current tag; the answer
 *   carries the current `ETag`.
 */
export function checkIfMatch(request: Request, currentEtag: string): void {
  const header = request.headers.get('if-match');
  if (header === null) return;
  const tags = listedTags(header);
  const matches = tags.includes('*') || tags.some((t) => !t.startsWith('W/') && t === currentEtag);
  if (!matches) {
    throw new ProblemError(
      'etag_mismatch',
      {
        vi: 'Mục đã thay đổi kể từ lần đọc: If-Match không khớp ETag hiện tại. Hãy đọc lại rồi thử lại.',
        en: 'The entry changed since it was read: If-Match does not match its current ETag. Read it again and retry.',
      },
      {
        errors: [{ header: 'If-Match', detail: 'does not match the current ETag' }],
        headers: { etag: currentEtag },
      },
    );
  }
}
