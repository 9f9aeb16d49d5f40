import type { ValidationIssue } from '@chiase/schema';
import type { FieldError } from '../http/problem';

/** RFC 6901 JSON Pointer of a list of path segments (`['records', 3, 'data']` → `/records/3/data`). */
export function toJsonPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** Turns `@chiase/schema` validation issues into the problem's field errors (pointer and JSONPath). */
export function fieldErrorsOf(issues: readonly ValidationIssue[]): FieldError[] {
  return issues.map((issue) => ({
    pointer: toJsonPointer(issue.segments),
    path: issue.path,
    code: issue.code,
    detail: issue.message.en,
    message: issue.message,
  }));
}
