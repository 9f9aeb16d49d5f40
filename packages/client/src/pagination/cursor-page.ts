/** One page of a cursor-paged list (`{ items, nextCursor }` in the reference profile). */
export interface CursorPage<T> {
  /** The items of this page. */
  readonly items: readonly T[];
  /** The cursor of the next page; `null` on the last page. */
  readonly nextCursor: string | null;
}

/** Parameters every list operation takes. */
export interface CursorParams {
  /** The `nextCursor` of the previous page; omit for the first page. */
  cursor?: string;
  /** Most items per page (1–1000). Default: the gateway's (100 in the reference profile). */
  limit?: number;
}

/** Reads one page; `cursor` is undefined for the first. */
export type PageFetcher<T, P extends CursorPage<T> = CursorPage<T>> = (
  cursor: string | undefined,
) => Promise<P>;
