import type { FieldValue } from './data-source';

/**
 * Whether a record's value equals a filter value, across the representations sources use: numbers
 * or numeric strings (`int8` arrives as a string), booleans, dates as `Date` or ISO text.
 */
export function fieldValueEquals(recordValue: unknown, value: FieldValue): boolean {
  if (recordValue === null || recordValue === undefined) return false;
  if (recordValue instanceof Date) return recordValue.toISOString() === String(value);
  if (typeof recordValue === 'number' || typeof value === 'number')
    return Number(recordValue) === Number(value);
  return String(recordValue) === String(value);
}

/** Orders two key values: numerically when either is a number and both are numeric, by code unit otherwise. */
export function compareFieldValues(a: unknown, b: unknown): number {
  if (typeof a === 'number' || typeof b === 'number') {
    const [x, y] = [Number(a), Number(b)];
    if (!Number.isNaN(x) && !Number.isNaN(y)) return x - y;
  }
  const [x, y] = [String(a), String(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}
