import { ProblemError } from '../errors/problem-error';

/**
 * Parses a request body as JSON.
 *
 * @throws ProblemError `unsupported_media_type` (415) when `Content-Type` is not JSON, and
 *   `invalid_request` (400) when the body is empty or not valid JSON.
 */
export function readJsonBody(request: Request, body: Uint8Array): unknown {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(type)) {
    throw new ProblemError(
      'unsupported_media_type',
      { vi: 'Nội dung phải là application/json.', en: 'The body must be application/json.' },
      { errors: [{ header: 'Content-Type', detail: 'must be application/json' }] },
    );
  }
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
  } catch {
    throw new ProblemError(
      'invalid_request',
      { vi: 'Nội dung không phải JSON hợp lệ (UTF-8).', en: 'The body is not valid JSON (UTF-8).' },
      { errors: [{ pointer: '', path: '$', detail: 'is not valid JSON' }] },
    );
  }
}
