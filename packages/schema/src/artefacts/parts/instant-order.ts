import type * as z from 'zod';
import { addRefinementIssue } from './refinement-issue';

/** Two instants or dates of one object that must come in order (`earlier` ≤ `later`, or <). */
export interface InstantOrder {
  /** The key of the earlier value. */
  earlier: string;
  /** The key of the later value. */
  later: string;
  /** When true the two may not be equal. */
  strict?: boolean;
  /** Stable reason code, e.g. `service_description.updated_before_published`. */
  reason: string;
  /** Names of the two fields in Vietnamese, for the message. */
  vi: [string, string];
}

/**
 * Checks that ISO 8601 dates or date-times of `value` come in the given order. Values that are
 * missing or not parseable are skipped (their own schema reports them). JSON Schema cannot compare two
 * fields, so this is one of the rules only zod enforces; the issue is reported on the later field.
 */
export function checkInstantOrder(
  value: object,
  orders: readonly InstantOrder[],
  ctx: z.core.$RefinementCtx,
) {
  const record = value as Record<string, unknown>;
  for (const order of orders) {
    const a = record[order.earlier];
    const b = record[order.later];
    if (typeof a !== 'string' || typeof b !== 'string') continue;
    const ta = Date.parse(a);
    const tb = Date.parse(b);
    if (Number.isNaN(ta) || Number.isNaN(tb)) continue;
    if (order.strict ? ta < tb : ta <= tb) continue;
    const relation = order.strict
      ? { vi: 'sau', en: 'after' }
      : { vi: 'không sớm hơn', en: 'no earlier than' };
    addRefinementIssue(ctx, {
      path: [order.later],
      reason: order.reason,
      vi: `${order.vi[1]} (${b}) phải ${relation.vi} ${order.vi[0]} (${a}).`,
      en: `"${order.later}" (${b}) must be ${relation.en} "${order.earlier}" (${a}).`,
    });
  }
}
