import * as z from 'zod';
import type { CheckResult } from './check-result';

/**
 * A zod string schema that runs a standalone code validator and reports its bilingual reason as
 * a custom issue (`params.reason`, `params.vi`, `params.en`; `message` is the English text).
 */
export function checkedString(check: (value: string) => CheckResult<unknown>): z.ZodString {
  return z.string().superRefine((value, ctx) => {
    const result = check(value);
    if (!result.ok) {
      ctx.addIssue({
        code: 'custom',
        input: value,
        message: result.message.en,
        params: { reason: result.code, vi: result.message.vi, en: result.message.en },
      });
    }
  });
}
