/** The HTTP methods an operation can be registered for. */
export const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

/** An HTTP method an operation can be registered for. */
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** Methods that change state, so they honour `Idempotency-Key`. */
export const WRITE_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** True when `method` (any case) is one of {@link HTTP_METHODS}. */
export function isHttpMethod(method: string): method is HttpMethod {
  return (HTTP_METHODS as readonly string[]).includes(method);
}
