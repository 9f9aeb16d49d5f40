/**
 * A provider system behind a registered service, as `invoke.call` reaches it: it gets the relayed
 * request (the provider's own path and body) and answers it. In tests, a function; in the standalone
 * server, for example `(request) => fetch(new URL(new URL(request.url).pathname, providerBase), request)`.
 */
export type ProviderHandler = (request: Request, signal: AbortSignal) => Response | Promise<Response>;
