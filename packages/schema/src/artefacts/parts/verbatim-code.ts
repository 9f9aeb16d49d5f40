import type * as z from 'zod';
import { addRefinementIssue } from './refinement-issue';

/**
 * Adds to a code schema the rule that the stored value has no surrounding whitespace. The code
 * validators ignore surrounding spaces when checking, but an artefact keeps a code verbatim and uses
 * it as a key, so `" H47.22"` must be fixed at the source; JSON Schema patterns reject it too.
 */
export function verbatimCode(schema: z.ZodString, what: { vi: string; en: string }): z.ZodString {
  return schema.superRefine((value, ctx) => {
    if (value !== value.trim()) {
      addRefinementIssue(ctx, {
        path: [],
        reason: 'code.whitespace',
        vi: `${what.vi} "${value}" có khoảng trắng ở đầu hoặc cuối; hãy xoá khoảng trắng.`,
        en: `${what.en} "${value}" has leading or trailing whitespace; remove it.`,
      });
    }
  });
}
