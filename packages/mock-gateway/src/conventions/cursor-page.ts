import { ProblemError } from '../errors/problem-error';

/** One page of a list, the shape of every list answer of the reference profile. */
export interface CursorPage<T> {
  /** The items of this page. */
  readonly items: readonly T[];
  /** Pass as `?cursor=` to read the next page; `null` on the last page. */
  readonly nextCursor: string | null;
}

/** The values a cursor can carry (it is opaque to clients). */
export type CursorPayload = Readonly<Record<string, string | number>>;

/** Encodes a cursor payload as an opaque base64url token. */
export function encodeCursor(payload: CursorPayload): string {
  return Buffer.from(JSON.stringify({ v: 1, ...payload }), 'utf8').toString('base64url');
}

/**
 * Decodes a cursor made by {@link encodeCursor}.
 *
 * @param parameter the query parameter it came from, named in the problem.
 * @throws ProblemError `invalid_request` (400) when the cursor is not one of ours.
 */
export function decodeCursor(cursor: string, parameter = 'cursor'): CursorPayload {
  const invalid = (): ProblemError =>
    new ProblemError(
      'invalid_request',
      {
        vi: 'Con trỏ trang không hợp lệ. Hãy gửi lại nguyên vẹn nextCursor của trang trước.',
        en: 'The cursor is not valid. Pass back the nextCursor of the previous page unchanged.',
      },
      { errors: [{ parameter, detail: 'is not a cursor issued by this gateway' }] },
    );
  if (!/^[A-Za-z0-9_-]{1,2048}$/.test(cursor)) throw invalid();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (
    parsed === null ||
    typeof parsed !== 'object' ||
    Array.isArray(parsed) ||
    (parsed as { v?: unknown }).v !== 1
  ) {
    throw invalid();
  }
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(parsed as Record<string, unknown>)) {
    if (typeof v !== 'string' && typeof v !== 'number') throw invalid();
    if (k !== 'v') out[k] = v;
  }
  return out;
}

/** Options of {@link readLimit} and {@link paginate}. */
export interface PageOptions {
  /** Page size when `limit` is absent. Default 100 (the spec's `Limit` default). */
  defaultLimit?: number;
  /** Largest accepted `limit`. Default 1000 (the spec's `Limit` maximum). */
  maxLimit?: number;
  /** Name of the page-size query parameter. Default `limit`. */
  limitParameter?: string;
  /** Name of the cursor query parameter. Default `cursor`. */
  cursorParameter?: string;
  /**
   * Ties cursors to one list (e.g. the request path): a cursor from another scope is refused.
   * Default: no scope.
   */
  scope?: string;
}

/**
 * Reads and checks the page size.
 *
 * @throws ProblemError `invalid_request` (400) naming the parameter when `limit` is not an integer in
 *   [1, maxLimit].
 */
export function readLimit(query: URLSearchParams, options: PageOptions = {}): number {
  const parameter = options.limitParameter ?? 'limit';
  const max = options.maxLimit ?? 1000;
  const raw = query.get(parameter);
  if (raw === null) return Math.min(options.defaultLimit ?? 100, max);
  const value = /^\d{1,9}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new ProblemError(
      'invalid_request',
      {
        vi: `Tham số ${parameter} phải là số nguyên từ 1 đến ${max}.`,
        en: `Query parameter ${parameter} must be an integer from 1 to ${max}.`,
      },
      { errors: [{ parameter, detail: `must be an integer from 1 to ${max}` }] },
    );
  }
  return value;
}

/** Options of {@link paginate}. */
export interface PaginateOptions<T> extends PageOptions {
  /**
   * Key of an item, for keyset paging: the items must be sorted by this key (ascending, by code
   * unit), and a cursor then survives inserts and deletes before it. Without it, cursors hold an
   * offset.
   */
  keyOf?: (item: T) => string;
}

/**
 * Cuts one page out of a list, reading `limit` and `cursor` from the query.
 *
 * @throws ProblemError `invalid_request` (400) on a bad `limit` or cursor.
 */
export function paginate<T>(
  items: readonly T[],
  query: URLSearchParams,
  options: PaginateOptions<T> = {},
): CursorPage<T> {
  const limit = readLimit(query, options);
  const parameter = options.cursorParameter ?? 'cursor';
  const cursor = query.get(parameter);
  let start = 0;
  if (cursor !== null && cursor !== '') {
    const payload = decodeCursor(cursor, parameter);
    const scopeOk = (payload.s ?? undefined) === options.scope;
    if (!scopeOk) {
      throw new ProblemError(
        'invalid_request',
        { vi: 'Con trỏ trang thuộc về một danh sách khác.', en: 'The cursor belongs to another list.' },
        { errors: [{ parameter, detail: 'was issued for another list' }] },
      );
    }
    if (options.keyOf !== undefined && typeof payload.k === 'string') {
      const after = payload.k;
      const keyOf = options.keyOf;
      let lo = 0;
      let hi = items.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (keyOf(items[mid] as T) <= after) lo = mid + 1;
        else hi = mid;
      }
      start = lo;
    } else if (options.keyOf === undefined && typeof payload.o === 'number' && payload.o >= 0) {
      start = payload.o;
    } else {
      throw new ProblemError(
        'invalid_request',
        {
          vi: 'Con trỏ trang không dùng được cho danh sách này.',
          en: 'The cursor is not valid for this list.',
        },
        { errors: [{ parameter, detail: 'is not valid for this list' }] },
      );
    }
  }
  const page = items.slice(start, start + limit);
  const end = start + page.length;
  let nextCursor: string | null = null;
  if (end < items.length && page.length > 0) {
    const scope: Record<string, string> = options.scope === undefined ? {} : { s: options.scope };
    nextCursor =
      options.keyOf === undefined
        ? encodeCursor({ ...scope, o: end })
        : encodeCursor({ ...scope, k: options.keyOf(page[page.length - 1] as T) });
  }
  return { items: page, nextCursor };
}
