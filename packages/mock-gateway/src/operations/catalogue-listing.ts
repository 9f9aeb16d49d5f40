import { paginate } from '../conventions/cursor-page';
import { ProblemError } from '../errors/problem-error';
import type { OperationContext } from '../gateway/operation';
import { jsonResponse } from '../http/json-response';
import type { CatalogueEntry, CatalogueStore } from '../state/catalogue-store';
import { foldText, searchableText } from '../text/fold-text';

/** Reads an optional RFC 3339 date-time query parameter as epoch ms. */
export function readDateTimeParameter(query: URLSearchParams, name: string): number | undefined {
  const raw = query.get(name);
  if (raw === null) return undefined;
  const ms = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i.test(raw)
    ? Date.parse(raw)
    : Number.NaN;
  if (!Number.isFinite(ms)) {
    throw new ProblemError(
      'invalid_request',
      {
        vi: `Tham số ${name} phải là thời điểm RFC 3339 có múi giờ, ví dụ 2026-01-01T00:00:00+07:00.`,
        en: `Query parameter ${name} must be an RFC 3339 date-time with an offset, e.g. 2026-01-01T00:00:00+07:00.`,
      },
      { errors: [{ parameter: name, detail: 'must be an RFC 3339 date-time with an offset' }] },
    );
  }
  return ms;
}

/** The agency identifier of a stored document, wherever the artefact keeps it. */
export function agencyIdOf(document: Record<string, unknown>): string | undefined {
  for (const key of ['provider', 'agency', 'owner', 'publisher']) {
    const part = document[key];
    if (part !== null && typeof part === 'object') {
      const id = (part as Record<string, unknown>).agencyId ?? (part as Record<string, unknown>).id;
      if (typeof id === 'string') return id;
    }
  }
  return typeof document.agencyId === 'string' ? document.agencyId : undefined;
}

/** Options of {@link listCatalogue}. */
export interface ListCatalogueOptions<T> {
  /** Extra filter on an entry (e.g. status). */
  readonly filter?: (entry: CatalogueEntry<T>) => boolean;
  /** Turns an entry into the wire shape (`ServiceEntry`, `DatabaseEntry`…). */
  readonly project: (entry: CatalogueEntry<T>) => unknown;
}

/**
 * Answers a catalogue list operation: `q` (accent-insensitive), `agencyId`, `updatedSince`, then a
 * cursor page `{ items, nextCursor }` in id order.
 */
export function listCatalogue<T extends Record<string, unknown>>(
  context: OperationContext,
  store: CatalogueStore<T>,
  options: ListCatalogueOptions<T>,
): Response {
  const { query } = context;
  const q = query.get('q');
  const folded = q === null ? undefined : foldText(q);
  const agencyId = query.get('agencyId');
  const since = readDateTimeParameter(query, 'updatedSince');
  const entries = store
    .list()
    .filter(
      (e) =>
        (folded === undefined || searchableText(e.value).includes(folded)) &&
        (agencyId === null || agencyIdOf(e.value) === agencyId) &&
        (since === undefined || e.updatedAtMs >= since) &&
        (options.filter === undefined || options.filter(e)),
    );
  const page = paginate(entries, query, { keyOf: (e) => e.id, scope: context.url.pathname });
  return jsonResponse({ items: page.items.map(options.project), nextCursor: page.nextCursor });
}

/** The entry with `id`, or a 404 problem. */
export function requireEntry<T>(
  store: CatalogueStore<T>,
  id: string,
  what: { vi: string; en: string },
): CatalogueEntry<T> {
  const entry = store.get(id);
  if (entry === undefined) {
    throw new ProblemError('not_found', { vi: `Không có ${what.vi} "${id}".`, en: `No ${what.en} "${id}".` });
  }
  return entry;
}

/** Refuses a write by a consumer who does not own the entry (403). */
export function requireOwner(context: OperationContext, entry: CatalogueEntry<unknown>): void {
  const key = context.consumer?.key;
  if (key !== undefined && entry.owner !== key) {
    throw new ProblemError('forbidden', {
      vi: `Mục "${entry.id}" thuộc tài khoản kết nối khác; chỉ bên đăng ký mới được sửa.`,
      en: `Entry "${entry.id}" belongs to another connection account; only its registrant may change it.`,
    });
  }
}
