import type * as z from 'zod';
import { addRefinementIssue } from './refinement-issue';

type Keys = readonly [string, string, ...string[]];

function present(value: unknown, keys: Keys): string[] {
  const record = value as Record<string, unknown>;
  return keys.filter((key) => record[key] !== undefined);
}

function list(keys: Keys): string {
  return keys.map((key) => `"${key}"`).join(', ');
}

/**
 * Requires exactly one of `keys` to be present, in zod (a refinement with a bilingual message) and in
 * JSON Schema (`oneOf` of `required`, which with `additionalProperties: false` means the same).
 */
export function exactlyOneOf<T extends z.ZodObject>(schema: T, keys: Keys): T {
  return schema
    .superRefine((value, ctx) => {
      const found = present(value, keys);
      if (found.length === 1) return;
      addRefinementIssue(ctx, {
        path: found.length === 0 ? [] : [found[1] as string],
        reason: 'exactly_one_of',
        vi: `Phải có đúng một trong các trường ${list(keys)}; hiện có ${found.length}.`,
        en: `Exactly one of ${list(keys)} must be given; found ${found.length}.`,
      });
    })
    .meta({ oneOf: keys.map((key) => ({ required: [key] })) });
}

/**
 * Requires at least one of `keys` to be present, in zod (a refinement with a bilingual message) and
 * in JSON Schema (`anyOf` of `required`).
 */
export function atLeastOneOf<T extends z.ZodObject>(schema: T, keys: Keys): T {
  return schema
    .superRefine((value, ctx) => {
      if (present(value, keys).length > 0) return;
      addRefinementIssue(ctx, {
        path: [],
        reason: 'at_least_one_of',
        vi: `Phải có ít nhất một trong các trường ${list(keys)}.`,
        en: `At least one of ${list(keys)} must be given.`,
      });
    })
    .meta({ anyOf: keys.map((key) => ({ required: [key] })) });
}
