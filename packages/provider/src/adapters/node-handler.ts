import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Provider } from '../core/create-provider';
import { type ProviderAnswer, providerAnswers } from '../core/provider-answer';
import { toFetchRequest } from './node-request';

/** A Node `http`/`https` request listener; with `next`, a Connect/Express-style middleware. */
export type NodeHandler = (
  request: IncomingMessage,
  response: ServerResponse,
  next?: (error?: unknown) => void,
) => void;

function writeAnswer(answer: ProviderAnswer, response: ServerResponse): void {
  response.writeHead(answer.status, { ...answer.headers, 'content-length': String(answer.body.byteLength) });
  response.end(answer.body);
}

async function writeResponse(answer: Response, response: ServerResponse): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  answer.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const body = Buffer.from(await answer.arrayBuffer());
  response.writeHead(answer.status, { ...headers, 'content-length': String(body.length) });
  response.end(body);
}

/**
 * Serves a provider from Node's `http.createServer` or `https.createServer` (for mutual TLS, give
 * `requestCert: true` and the consumers' CA in `ca`: only verified certificates reach the
 * provider). With `next` (Connect, Express), paths the provider does not serve are passed on.
 * A provider made by `createProvider` is answered without building a Fetch `Response`; any other
 * implementation of `Provider` through its `fetch`/`handle`.
 */
export function createNodeHandler(provider: Provider): NodeHandler {
  const answers = providerAnswers(provider);
  return (request, response, next) => {
    const aborter = new AbortController();
    response.on('close', () => {
      if (!response.writableFinished) aborter.abort();
    });
    const originalUrl = (request as IncomingMessage & { originalUrl?: string }).originalUrl;
    void (async () => {
      try {
        const { request: fetchRequest, context } = toFetchRequest(
          request,
          aborter.signal,
          originalUrl ?? request.url,
        );
        if (answers !== undefined) {
          const answer =
            next === undefined
              ? await answers.fetch(fetchRequest, context)
              : await answers.handle(fetchRequest, context);
          if (answer === undefined) next?.();
          else writeAnswer(answer, response);
          return;
        }
        const answer =
          next === undefined
            ? await provider.fetch(fetchRequest, context)
            : await provider.handle(fetchRequest, context);
        if (answer === undefined) {
          next?.();
          return;
        }
        await writeResponse(answer, response);
      } catch (error) {
        if (next !== undefined) {
          next(error);
          return;
        }
        if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        response.end('Internal Server Error');
      }
    })();
  };
}
