/** The header that carries the request id, both ways. */
export const REQUEST_ID_HEADER = 'x-request-id';

const ACCEPTABLE = /^[\x21-\x7e]{1,200}$/;

/**
 * The request id of a request: the client's `X-Request-Id` when it is 1–200 visible ASCII
 * characters, otherwise a new UUID.
 */
export function requestIdOf(request: Request): string {
  const given = request.headers.get(REQUEST_ID_HEADER);
  return given !== null && ACCEPTABLE.test(given) ? given : crypto.randomUUID();
}
