import * as schema from '@chiase/schema';
import { type ValidationResult, validate } from '@chiase/schema';
import type * as z from 'zod';
import { ProblemError } from '../errors/problem-error';
import { fieldErrorsOf } from './field-errors';

type ArtefactValidator = (kind: string, body: unknown) => ValidationResult<unknown>;

/**
 * `validateArtefact` of `@chiase/schema` when the installed version exports it. Looked up at run time
 * so this package keeps working against a schema build that predates it (then only the body's JSON
 * shape is checked).
 */
function artefactValidator(kind: string): ArtefactValidator | undefined {
  const exports = schema as unknown as Record<string, unknown>;
  const validator = exports.validateArtefact;
  const isKind = exports.isArtefactKind;
  if (typeof validator !== 'function') return undefined;
  if (typeof isKind === 'function' && isKind(kind) !== true) return undefined;
  return validator as ArtefactValidator;
}

function fail(what: string, result: { issues: Parameters<typeof fieldErrorsOf>[0] }): never {
  const n = result.issues.length;
  throw new ProblemError(
    'validation_failed',
    {
      vi: `${what} không hợp lệ (${n} lỗi).`,
      en: `The ${what} is invalid (${n} issue${n === 1 ? '' : 's'}).`,
    },
    { errors: fieldErrorsOf(result.issues) },
  );
}

/**
 * Validates a request body that is a `@chiase/schema` artefact of `kind` (e.g. `service-description`).
 * Until the installed `@chiase/schema` knows the kind, only the body's JSON shape (an object) is checked.
 *
 * @throws ProblemError `validation_failed` (422) listing every issue with its JSON pointer and path.
 */
export function validateArtefactBody<T = Record<string, unknown>>(kind: string, body: unknown): T {
  const validator = artefactValidator(kind);
  if (validator !== undefined) {
    const result = validator(kind, body);
    if (!result.success) fail(kind, result);
    return result.data as T;
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    fail(kind, {
      issues: [
        {
          path: '$',
          segments: [],
          code: 'invalid_type',
          message: { vi: 'Nội dung phải là một đối tượng JSON.', en: 'The body must be a JSON object.' },
        },
      ],
    });
  }
  return body as T;
}

/**
 * Validates a request body against a gateway-owned zod schema (e.g. `ServiceWithdrawal`).
 *
 * @throws ProblemError `validation_failed` (422) listing every issue with its JSON pointer and path.
 */
export function validateBody<S extends z.ZodType>(what: string, bodySchema: S, body: unknown): z.output<S> {
  const result = validate(bodySchema, body);
  if (!result.success) fail(what, result);
  return result.data;
}
