/** Options of {@link jsonResponse}. */
export interface JsonResponseInit {
  /** HTTP status; default 200. */
  status?: number;
  /** Extra headers. */
  headers?: ConstructorParameters<typeof Headers>[0];
  /** Sets the `ETag` header (a quoted entity tag as made by `entityTag()`). */
  etag?: string;
}

/** A JSON response (`application/json; charset=utf-8`). */
export function jsonResponse(body: unknown, init: JsonResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  headers.set('content-type', 'application/json; charset=utf-8');
  if (init.etag !== undefined) headers.set('etag', init.etag);
  return new Response(JSON.stringify(body), { status: init.status ?? 200, headers });
}
