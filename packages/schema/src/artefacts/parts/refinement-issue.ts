import type * as z from 'zod';

/** A rule an artefact breaks that JSON Schema cannot express (cross-field, uniqueness, order…). */
export interface RefinementIssue {
  /** Where, relative to the object being refined, e.g. `['publishedAt']`. */
  path: PropertyKey[];
  /** Stable reason code, e.g. `service_description.published_at_missing`. */
  reason: string;
  /** What is wrong and what to do, in Vietnamese. */
  vi: string;
  /** What is wrong and what to do, in English. */
  en: string;
}

/**
 * Reports a refinement failure with its bilingual message in `params`, the convention
 * `validate()` reads (`params.reason`, `params.vi`, `params.en`).
 */
export function addRefinementIssue(ctx: z.core.$RefinementCtx, issue: RefinementIssue): void {
  ctx.addIssue({
    code: 'custom',
    path: issue.path,
    message: issue.en,
    params: { reason: issue.reason, vi: issue.vi, en: issue.en },
  });
}
