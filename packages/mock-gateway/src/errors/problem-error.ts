import { ChiaseError, type LocalizedMessage } from '@chiase/schema';
import type { FieldError } from '../http/problem';
import { PROBLEM_TYPES, type ProblemCode } from '../http/problem-types';
import { MockGatewayError } from './mock-gateway-error';

const MARKER = 'chiase.mock_gateway_problem';
const SYMBOL = Symbol.for(MARKER);

/** Options of a {@link ProblemError}. */
export interface ProblemErrorOptions {
  /** Field-level errors (each with a JSON Pointer and path, a parameter or a header name). */
  errors?: readonly FieldError[];
  /** Extra response headers, e.g. `Retry-After`, `ETag` or `WWW-Authenticate`. */
  headers?: Readonly<Record<string, string>>;
}

/**
 * Thrown by an operation handler (or a convention step) to answer with an RFC 9457
 * `application/problem+json` error. The engine fills in `instance` and the request id.
 */
export class ProblemError extends MockGatewayError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the brand is read through Symbol.for() in isInstance().
  private readonly [SYMBOL] = true;
  /** The problem's stable code. */
  readonly problemCode: ProblemCode;
  /** The HTTP status of the answer. */
  readonly status: number;
  /** Field-level errors. */
  readonly errors: readonly FieldError[];
  /** Extra response headers. */
  readonly headers: Readonly<Record<string, string>>;

  constructor(code: ProblemCode, message: LocalizedMessage, options: ProblemErrorOptions = {}) {
    super({ code, message });
    this.name = 'ProblemError';
    this.problemCode = code;
    this.status = PROBLEM_TYPES[code].status;
    this.errors = options.errors ?? [];
    this.headers = options.headers ?? {};
  }

  /** True when `error` is a ProblemError from any installed copy of this package. */
  static override isInstance(error: unknown): error is ProblemError {
    return ChiaseError.hasMarker(error, MARKER);
  }
}
