import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Provider } from '../core/create-provider';
import { createNodeHandler } from './node-handler';

/**
 * An Express 5 middleware (`app.use(providerMiddleware(provider))`): serves the provider's paths
 * and passes every other request to the next handler. Reads `req.originalUrl`, so it works under a
 * mount path as long as the description's paths are the full paths. Typed structurally, so that
 * `express` stays an optional peer dependency.
 */
export function providerMiddleware(
  provider: Provider,
): (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => void {
  const handler = createNodeHandler(provider);
  return (request, response, next) => handler(request, response, next);
}
