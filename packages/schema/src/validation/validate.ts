import * as z from 'zod';
import type { LocalizedMessage } from '../errors/localized-message';
import { toJsonPath } from './json-path';
import type { ValidationIssue, ValidationResult } from './validation-issue';

const locales = { vi: z.locales.vi(), en: z.locales.en() };

function localeText(language: 'vi' | 'en', issue: z.core.$ZodIssue): string {
  // Final issues keep every field the locale maps read; `reportInput` keeps `input` too.
  const raw = locales[language].localeError(issue as unknown as z.core.$ZodRawIssue);
  if (typeof raw === 'string') return raw;
  return raw?.message ?? issue.message;
}

function messageOf(issue: z.core.$ZodIssue): { code: string; message: LocalizedMessage } {
  if (issue.code === 'custom') {
    const params = issue.params as { reason?: unknown; vi?: unknown; en?: unknown } | undefined;
    if (typeof params?.vi === 'string' && typeof params.en === 'string') {
      return {
        code: typeof params.reason === 'string' ? params.reason : 'custom',
        message: { vi: params.vi, en: params.en },
      };
    }
  }
  return { code: issue.code, message: { vi: localeText('vi', issue), en: localeText('en', issue) } };
}

/** Converts zod issues to Chiase issues: a JSONPath and a message in Vietnamese and English. */
export function toValidationIssues(issues: readonly z.core.$ZodIssue[]): ValidationIssue[] {
  return issues.map((issue) => {
    const segments = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
    return { path: toJsonPath(segments), segments, ...messageOf(issue) };
  });
}

/**
 * Validates `input` against a schema and returns the parsed value or every issue, each with its
 * JSONPath and a Vietnamese and English message. Never throws for invalid input.
 */
export function validate<S extends z.ZodType>(schema: S, input: unknown): ValidationResult<z.output<S>> {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return { success: true, data: result.data };
  return { success: false, issues: toValidationIssues(result.error.issues) };
}
