import type { LocalizedMessage } from '@chiase/schema';
import { PROBLEM_TYPES, type ProblemCode } from './problem-types';

/** The media type of every error answer (RFC 9457). */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/**
 * One field-level error inside a problem (`ProblemFieldError` of the spec). A body field is located
 * by `pointer` (RFC 6901) and `path` (JSONPath); a query or path parameter by `parameter`; a header
 * by `header`.
 */
export interface FieldError {
  /** What is wrong with the value, in English. */
  readonly detail: string;
  /** JSON Pointer (RFC 6901) into the request body. */
  readonly pointer?: string;
  /** The same location as JSONPath (`$.records[3].data.provinceCode`). */
  readonly path?: string;
  /** Name of the query or path parameter at fault. */
  readonly parameter?: string;
  /** Name of the request header at fault. */
  readonly header?: string;
  /** Machine-readable reason (a validation issue code). */
  readonly code?: string;
  /** The message in Vietnamese and English. */
  readonly message?: LocalizedMessage;
}

/** An RFC 9457 problem details object as the mock gateway sends it (`Problem` of the spec). */
export interface Problem {
  /** A URN from {@link PROBLEM_TYPES}. */
  readonly type: string;
  /** Short summary, the same for every occurrence of `type`. */
  readonly title: string;
  /** The HTTP status code. */
  readonly status: number;
  /** What went wrong in this occurrence (English). */
  readonly detail: string;
  /** Machine-readable reason, stable across versions. */
  readonly code: ProblemCode;
  /** The detail in Vietnamese and English. */
  readonly message: LocalizedMessage;
  /** The request path the problem occurred on. */
  readonly instance?: string;
  /** The request id, the same value as the `X-Request-Id` response header. */
  readonly requestId?: string;
  /** Field-level errors, when the problem is about specific inputs. */
  readonly errors?: readonly FieldError[];
}

/** Builds a problem of a known code. */
export function makeProblem(
  code: ProblemCode,
  message: LocalizedMessage,
  options: { instance?: string; requestId?: string; errors?: readonly FieldError[] } = {},
): Problem {
  const known = PROBLEM_TYPES[code];
  return {
    type: known.type,
    title: known.title,
    status: known.status,
    detail: message.en,
    code,
    message,
    ...(options.instance === undefined ? {} : { instance: options.instance }),
    ...(options.requestId === undefined ? {} : { requestId: options.requestId }),
    ...(options.errors === undefined || options.errors.length === 0 ? {} : { errors: options.errors }),
  };
}

/** Serialises a problem as an `application/problem+json` response. */
export function problemResponse(
  problem: Problem,
  headers?: ConstructorParameters<typeof Headers>[0],
): Response {
  const out = new Headers(headers);
  out.set('content-type', PROBLEM_CONTENT_TYPE);
  return new Response(JSON.stringify(problem), { status: problem.status, headers: out });
}
