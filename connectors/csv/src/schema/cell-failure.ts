import type { LocalizedMessage } from '@chiase/schema/codes';

/** Returned by a cell check instead of a value when the cell is invalid; the reason is in the slot. */
export const INVALID: unique symbol = Symbol('invalid cell');

/** Where a failing cell check leaves its reason (one slot per validator: no allocation when valid). */
export interface FailureSlot {
  code: string;
  reason: LocalizedMessage;
}

/** A compiled check of one cell: the typed value, `null` for an empty optional cell, or {@link INVALID}. */
export type CellCheck = (raw: string, slot: FailureSlot) => unknown;

/** Records a failure in `slot` and returns {@link INVALID}. */
export function fail(slot: FailureSlot, code: string, vi: string, en: string): typeof INVALID {
  slot.code = code;
  slot.reason = { vi, en };
  return INVALID;
}
