import { checkIfMatch } from '../conventions/entity-tag';
import { ProblemError } from '../errors/problem-error';
import type { OperationContext } from '../gateway/operation';
import { jsonResponse } from '../http/json-response';
import type { CatalogueEntry, CatalogueStore } from '../state/catalogue-store';
import type { StoredDocument } from '../state/gateway-state';
import { requireOwner } from './catalogue-listing';

/**
 * Answers a catalogue `PUT` at `id`: creates the entry (201, with `Location`) when it is new, or
 * replaces it (200) after checking the owner and `If-Match`. The body's key (`keyOf`, default its `id`)
 * must equal the path's.
 */
export function putCatalogueEntry(
  context: OperationContext,
  store: CatalogueStore<StoredDocument>,
  id: string,
  document: StoredDocument,
  project: (entry: CatalogueEntry<StoredDocument>) => unknown,
  keyOf: (document: StoredDocument) => unknown = (d) => d.id,
): Response {
  if (keyOf(document) !== id) {
    throw new ProblemError(
      'validation_failed',
      {
        vi: `Mã định danh trong nội dung phải bằng "${id}" của đường dẫn.`,
        en: `The body's id must equal "${id}" from the path.`,
      },
      { errors: [{ pointer: '/id', path: '$.id', code: 'id.mismatch', detail: `must equal "${id}"` }] },
    );
  }
  const current = store.get(id);
  if (current === undefined) {
    if (context.request.headers.get('if-match') !== null) {
      throw new ProblemError(
        'etag_mismatch',
        {
          vi: `Chưa có mục "${id}", nên If-Match không thể khớp.`,
          en: `There is no entry "${id}" yet, so If-Match cannot match.`,
        },
        { errors: [{ header: 'If-Match', detail: 'names an entry that does not exist' }] },
      );
    }
    const entry = store.create(id, context.consumer?.key ?? '', document);
    return jsonResponse(project(entry), {
      status: 201,
      etag: entry.etag,
      headers: {
        location: `${context.baseUrl}${context.url.pathname.slice(new URL(context.baseUrl).pathname.replace(/\/$/, '').length)}`,
      },
    });
  }
  requireOwner(context, current);
  checkIfMatch(context.request, current.etag);
  const updated = store.update(id, document);
  return jsonResponse(project(updated), { etag: updated.etag });
}
