import {
  type CheckResult,
  checkCommuneCode,
  checkPersonalId,
  checkProvinceCode,
  checkTaxCode,
} from '@chiase/schema/codes';
import { type CellCheck, fail, INVALID } from './cell-failure';
import type { COLUMN_FORMATS } from './dataset-schema';

/** A value format a column can declare. */
export type ColumnFormat = (typeof COLUMN_FORMATS)[number];

// The pattern zod 4 uses for z.email() (its default, "practical" one), with its two lookaheads
// (no leading dot, no ".." anywhere) done as plain string tests, which is cheaper per cell.
const EMAIL = /^[A-Za-z0-9_'+\-.]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;
// Vietnamese numbers, with the leading 0 (or +84 in its place): mobile numbers have 10 digits and start
// 03, 05, 07, 08 or 09; landlines have 11 since the 2017 area-code change (02 + area code + subscriber,
// e.g. 028 3930 5580, 0297 3862 678). Spaces, dots, hyphens and parentheses between digits are allowed
// (the value is kept as written).
const PHONE = /^(?:0|\+84)(?:[35789]\d{8}|2\d{9})$/;
const PHONE_SEPARATORS = /[\s.\-()]/g;
const MEMO_LIMIT = 100_000;

function fromCheckResult(
  check: (value: string) => CheckResult<unknown>,
  memoKey?: (value: string) => string | number,
): CellCheck {
  if (!memoKey) {
    return (value, slot) => {
      const result = check(value);
      if (result.ok) return value;
      slot.code = result.code;
      slot.reason = result.message;
      return INVALID;
    };
  }
  // Results depend only on the key (the value, or the part of it the check reads): remembering them
  // keeps low-cardinality codes (provinces) and ID prefixes from being checked a million times.
  const memo = new Map<string | number, CheckResult<unknown>>();
  return (value, slot) => {
    const key = memoKey(value);
    let result = memo.get(key);
    if (!result) {
      result = check(value);
      if (memo.size < MEMO_LIMIT) memo.set(key, result);
    }
    if (result.ok) return value;
    slot.code = result.code;
    slot.reason = result.message;
    return INVALID;
  };
}

/**
 * The compiled check of a format, applied to a trimmed, non-empty cell. Personal ID, tax code,
 * province and commune codes use the `@chiase/schema` validators (province codes against the list
 * in force today); e-mail and phone are checked here.
 */
export function formatCheck(format: ColumnFormat): CellCheck {
  switch (format) {
    case 'personal-id':
      // Past the 12-digit form, checkPersonalId reads only digits 1–6 (place, century, year).
      return fromCheckResult((v) => checkPersonalId(v), personalIdKey);
    case 'tax-code':
      return fromCheckResult((v) => checkTaxCode(v));
    case 'province-code':
      return fromCheckResult((v) => checkProvinceCode(v), twoDigitKey);
    case 'commune-code':
      return fromCheckResult((v) => checkCommuneCode(v));
    case 'email':
      return (v, slot) =>
        EMAIL.test(v) && v.charCodeAt(0) !== 46 && !v.includes('..')
          ? v
          : fail(
              slot,
              'email.format',
              `"${v}" không phải địa chỉ thư điện tử hợp lệ (dạng ten@mien.vn).`,
              `"${v}" is not a valid e-mail address (name@domain.vn).`,
            );
    case 'phone':
      return (v, slot) => {
        const compact = v.replace(PHONE_SEPARATORS, '');
        return PHONE.test(compact)
          ? v
          : fail(
              slot,
              'phone.format',
              `Số điện thoại "${v}" không hợp lệ: di động có 10 chữ số (03, 05, 07, 08, 09…), cố định có 11 chữ số (02…); có thể viết +84 thay cho số 0 đầu.`,
              `Phone number "${v}" is not valid: mobile numbers have 10 digits (03, 05, 07, 08, 09…), landlines 11 (02…); +84 may replace the leading 0.`,
            );
      };
  }
}

/** The memo key of a personal ID: its first 6 digits when it is 12 digits, else the value itself. */
function personalIdKey(v: string): string | number {
  if (v.length !== 12) return v;
  let prefix = 0;
  for (let i = 0; i < 12; i++) {
    const d = v.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return v;
    if (i < 6) prefix = prefix * 10 + d;
  }
  return prefix;
}

/** The memo key of a code: a number for two digits (hashing a fresh string costs more), else the value. */
function twoDigitKey(v: string): string | number {
  if (v.length !== 2) return v;
  const a = v.charCodeAt(0) - 48;
  const b = v.charCodeAt(1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : v;
}
