import * as z from 'zod';
import type { CheckResult } from '../validation/check-result';
import { isCalendarDate } from './calendar-date';

/**
 * A zod schema of `{ code, at }` for codes whose validity depends on the date of the record
 * (`at`, `YYYY-MM-DD`). The validator's bilingual reason is reported on the `code` path, in the
 * same shape as {@link checkedString} issues.
 */
export function datedCodeSchema(check: (code: string, options: { at: string }) => CheckResult<unknown>) {
  return z
    .object({
      code: z.string(),
      at: z.iso.date().describe('Date of the record the code belongs to, YYYY-MM-DD'),
    })
    .superRefine((value, ctx) => {
      if (typeof value.code !== 'string' || typeof value.at !== 'string' || !isCalendarDate(value.at)) return;
      const result = check(value.code, { at: value.at });
      if (!result.ok) {
        ctx.addIssue({
          code: 'custom',
          path: ['code'],
          input: value.code,
          message: result.message.en,
          params: { reason: result.code, vi: result.message.vi, en: result.message.en },
        });
      }
    });
}
