import {
  type ArtefactKind,
  artefactSubject,
  type LocalizedMessage,
  type ValidationIssue,
  validate,
  validateArtefact,
} from '@chiase/schema';
import type * as z from 'zod';
import { ProblemError } from '../errors/problem-error';
import { fieldErrorsOf } from './field-errors';

function fail(subject: LocalizedMessage, issues: readonly ValidationIssue[]): never {
  const n = issues.length;
  throw new ProblemError(
    'validation_failed',
    {
      vi: `${subject.vi} không hợp lệ (${n} lỗi).`,
      en: `The ${subject.en} is invalid (${n} issue${n === 1 ? '' : 's'}).`,
    },
    { errors: fieldErrorsOf(issues) },
  );
}

/**
 * Validates a request body that is a `@chiase/schema` artefact of `kind` (e.g. `service-description`)
 * with `validateArtefact`, and returns the parsed (NFC-normalised) artefact.
 *
 * @throws ProblemError `validation_failed` (422) listing every issue with its JSON pointer and path.
 */
export function validateArtefactBody<T = Record<string, unknown>>(kind: ArtefactKind, body: unknown): T {
  const result = validateArtefact(kind, body);
  if (!result.success) fail(artefactSubject(kind), result.issues);
  return result.data as T;
}

/**
 * Validates a request body against a gateway-owned zod schema (e.g. `ServiceWithdrawal`).
 *
 * @throws ProblemError `validation_failed` (422) listing every issue with its JSON pointer and path.
 */
export function validateBody<S extends z.ZodType>(what: string, bodySchema: S, body: unknown): z.output<S> {
  const result = validate(bodySchema, body);
  if (!result.success) fail({ vi: what, en: what }, result.issues);
  return result.data;
}
