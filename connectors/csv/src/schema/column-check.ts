import { type CellCheck, fail, INVALID } from './cell-failure';
import type { DatasetColumn } from './dataset-schema';
import { formatCheck } from './format-checks';

const INTEGER = /^[+-]?\d+$/;
const DECIMAL_DOT = /^[+-]?(\d+)(?:\.(\d+))?$/;
const DECIMAL_COMMA = /^[+-]?(\d+)(?:,(\d+))?$/;
const TRUE_WORDS = new Set(['true', '1', 'yes', 'y', 'x', 'có', 'đúng']);
const FALSE_WORDS = new Set(['false', '0', 'no', 'n', 'không', 'sai']);
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Compiles the check of one column: a plain function per column, built once, so validating a row
 * runs no zod and allocates nothing for valid cells. Values: `string` and `enum` as written
 * (NFC); `integer` a number (safe integers only); `decimal` a canonical string such as `-12.50`
 * (exact, no float rounding; `,` accepted as separator when declared); `date` (dd/mm/yyyy, checked
 * against the calendar) an ISO `YYYY-MM-DD` string; `boolean` true/false (from true/false, 1/0,
 * yes/no, có/không, đúng/sai, x); an empty cell `null`, or an error when the column is required.
 */
export function compileColumnCheck(column: DatasetColumn): CellCheck {
  const typed = typeCheck(column);
  const required = column.required;
  const trims = column.type !== 'string' || column.format !== undefined;
  return (raw, slot) => {
    // Most cells have no surrounding spaces: look at both ends before paying for trim().
    const padded = raw.length > 0 && (isSpace(raw.charCodeAt(0)) || isSpace(raw.charCodeAt(raw.length - 1)));
    const value = padded && trims ? raw.trim() : raw;
    if (value.length === 0 || (padded && !trims && raw.trim().length === 0)) {
      if (!required) return null;
      return fail(
        slot,
        'value.required',
        `Cột "${column.name}" bắt buộc có giá trị nhưng ô này trống.`,
        `Column "${column.name}" is required but this cell is empty.`,
      );
    }
    return typed(value, slot);
  };
}

function isSpace(code: number): boolean {
  return (
    code <= 32 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

function typeCheck(column: DatasetColumn): CellCheck {
  switch (column.type) {
    case 'string':
      return stringCheck(column);
    case 'integer':
      return (v, slot) => {
        const n = INTEGER.test(v) ? Number(v) : Number.NaN;
        if (Number.isSafeInteger(n)) return n;
        return fail(
          slot,
          'value.integer',
          `"${v}" không phải số nguyên (chỉ gồm chữ số, không có dấu phân cách hàng nghìn).`,
          `"${v}" is not an integer (digits only, no thousands separators).`,
        );
      };
    case 'decimal': {
      const pattern = column.decimalSeparator === ',' ? DECIMAL_COMMA : DECIMAL_DOT;
      const comma = column.decimalSeparator === ',';
      return (v, slot) => {
        if (pattern.test(v)) return comma ? v.replace(',', '.') : v;
        return fail(
          slot,
          'value.decimal',
          `"${v}" không phải số thập phân (dạng 1234${column.decimalSeparator}56, không có dấu phân cách hàng nghìn).`,
          `"${v}" is not a decimal number (like 1234${column.decimalSeparator}56, no thousands separators).`,
        );
      };
    }
    case 'date': {
      // Registers repeat dates (birth dates, dates of record): the ISO text of each is built once,
      // keyed by the date as a number, which is cheaper than hashing the cell text.
      const memo = new Map<number, string>();
      return (v, slot) => {
        const packed = parseDayMonthYear(v);
        if (packed >= 0) {
          const known = memo.get(packed);
          if (known !== undefined) return known;
          const year = Math.floor(packed / 10_000);
          const month = Math.floor(packed / 100) % 100;
          const day = packed % 100;
          const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
          const max = month === 2 && !leap ? 28 : (DAYS_IN_MONTH[month - 1] ?? 0);
          if (day >= 1 && day <= max) {
            const iso = `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
            if (memo.size < 100_000) memo.set(packed, iso);
            return iso;
          }
          return fail(
            slot,
            'value.date_calendar',
            `Ngày "${v}" không có trong lịch (tháng ${month} năm ${year}).`,
            `Date "${v}" does not exist in the calendar (month ${month} of ${year}).`,
          );
        }
        return fail(
          slot,
          'value.date_format',
          `"${v}" không phải ngày dạng dd/mm/yyyy (ví dụ 05/01/1990).`,
          `"${v}" is not a date written dd/mm/yyyy (e.g. 05/01/1990).`,
        );
      };
    }
    case 'boolean':
      return (v, slot) => {
        const key = v.toLowerCase();
        if (TRUE_WORDS.has(key)) return true;
        if (FALSE_WORDS.has(key)) return false;
        return fail(
          slot,
          'value.boolean',
          `"${v}" không phải giá trị đúng/sai (dùng có/không, true/false hoặc 1/0).`,
          `"${v}" is not a yes/no value (use true/false, yes/no or 1/0).`,
        );
      };
    case 'enum': {
      const allowed = new Set(column.values ?? []);
      const list = [...allowed].slice(0, 10).join(', ') + (allowed.size > 10 ? ', …' : '');
      return (v, slot) =>
        allowed.has(v)
          ? v
          : fail(
              slot,
              'value.enum',
              `"${v}" không thuộc các giá trị cho phép của cột "${column.name}": ${list}.`,
              `"${v}" is not one of the allowed values of column "${column.name}": ${list}.`,
            );
    }
  }
}

function stringCheck(column: DatasetColumn): CellCheck {
  const format = column.format ? formatCheck(column.format) : undefined;
  const max = column.maxLength;
  if (!format && max === undefined) return (v) => v;
  return (v, slot) => {
    if (max !== undefined && v.length > max) {
      return fail(
        slot,
        'value.too_long',
        `Giá trị dài ${v.length} ký tự, vượt quá ${max} ký tự cho phép của cột "${column.name}".`,
        `The value is ${v.length} characters long, more than the ${max} allowed in column "${column.name}".`,
      );
    }
    if (!format) return v;
    const result = format(v, slot);
    return result === INVALID ? INVALID : v;
  };
}

const SLASH = 47;
const ZERO = 48;

/**
 * Reads `d/m/yyyy` or `dd/mm/yyyy` without a regex (no match arrays: this runs for every date
 * cell) as `year × 10000 + month × 100 + day`, or -1 when the text has another shape.
 */
function parseDayMonthYear(v: string): number {
  const n = v.length;
  if (n < 8 || n > 10 || v.charCodeAt(n - 5) !== SLASH) return -1;
  const year = digits(v, n - 4, n);
  const firstSlash = v.indexOf('/');
  if (year < 0 || firstSlash < 1 || firstSlash > 2 || n - 5 - firstSlash - 1 > 2) return -1;
  const day = digits(v, 0, firstSlash);
  const month = digits(v, firstSlash + 1, n - 5);
  if (day < 0 || month < 0) return -1;
  return year * 10_000 + month * 100 + day;
}

/** The number written by the digits v[from..to), or -1 when empty or not all digits. */
function digits(v: string, from: number, to: number): number {
  if (to <= from) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = v.charCodeAt(i) - ZERO;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}
