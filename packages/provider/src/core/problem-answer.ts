import type { LocalizedMessage } from '@chiase/schema';
import { jsonAnswer, type ProviderAnswer } from './provider-answer';

/** Everything a problem answer says. */
export interface ProblemAnswer {
  /** HTTP status. */
  status: number;
  /** Machine-readable reason, e.g. `provider.access_denied`. */
  code: string;
  /** Why, in both languages. */
  message: LocalizedMessage;
  /** Extra headers (Retry-After, WWW-Authenticate). */
  headers?: Readonly<Record<string, string>>;
  /** The request id to echo. */
  requestId?: string;
}

/**
 * An RFC 9457 `application/problem+json` answer: `title` and `detail` in English, `localized` in
 * both languages (the member the reference gateway profile uses), and `code`.
 */
export function problemAnswer(problem: ProblemAnswer): ProviderAnswer {
  const body = {
    type: 'about:blank',
    title: problem.message.en,
    status: problem.status,
    detail: problem.message.en,
    code: problem.code,
    localized: problem.message,
  };
  const headers: Record<string, string> = { 'content-type': 'application/problem+json; charset=utf-8' };
  for (const [name, value] of Object.entries(problem.headers ?? {})) headers[name.toLowerCase()] = value;
  if (problem.requestId !== undefined) headers['x-request-id'] = problem.requestId;
  return jsonAnswer(body, problem.status, headers);
}
