import type { RequestContext } from '../auth/consumer';

/**
 * An answer of the provider before it becomes a Fetch `Response`: status, headers and the body's
 * bytes. The package's own adapters write it as it is, since building a `Response` and reading it
 * back costs more CPU than the rest of a request (Node 20's undici: ~150 µs for a 10 KB page).
 */
export interface ProviderAnswer {
  /** HTTP status. */
  status: number;
  /** Header names in lower case. */
  headers: Record<string, string>;
  /** The body, encoded. */
  body: Uint8Array;
}

/** How the package's adapters reach a provider's answers without going through `Response`. */
export interface ProviderAnswers {
  /** The answer, or undefined for paths the provider does not serve. */
  handle(request: Request, context: RequestContext): Promise<ProviderAnswer | undefined>;
  /** The answer, a 404 problem for paths the provider does not serve. */
  fetch(request: Request, context: RequestContext): Promise<ProviderAnswer>;
}

const encoder = new TextEncoder();
const answersByProvider = new WeakMap<object, ProviderAnswers>();

/** A JSON answer (`application/json; charset=utf-8`). */
export function jsonAnswer(
  value: unknown,
  status = 200,
  headers: Record<string, string> = {},
): ProviderAnswer {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: encoder.encode(JSON.stringify(value)),
  };
}

/** The answer as a Fetch `Response`. */
export function answerResponse(answer: ProviderAnswer): Response {
  return new Response(answer.body, { status: answer.status, headers: answer.headers });
}

/** Records the answers of a provider made by `createProvider`, for the adapters. */
export function registerProviderAnswers(provider: object, answers: ProviderAnswers): void {
  answersByProvider.set(provider, answers);
}

/** The answers of a provider made by this copy of `createProvider`; undefined for any other. */
export function providerAnswers(provider: object): ProviderAnswers | undefined {
  return answersByProvider.get(provider);
}
