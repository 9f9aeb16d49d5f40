import { type CheckResult, failed, passed } from '../validation/check-result';
import { resolveCalendarDate, toVietnameseDate } from './calendar-date';
import provinces from './data/provinces-2025.json';

/**
 * First day of the 34-province list (Resolution 202/2025/QH15; codes per QĐ 19/2025/QĐ-TTg) and of
 * the two-level local administration without districts. Read from the data file, not hard-coded.
 */
export const PROVINCE_LIST_2025_FROM: string = provinces.effective_date;

interface OldProvince {
  name: string;
  fullName: string;
  successor: string;
}

interface NewProvince {
  name: string;
  fullName: string;
}

const OLD = new Map<string, OldProvince>(
  provinces.old_provinces.map((p) => [
    p.old_code,
    { name: p.old_name, fullName: p.old_full_name, successor: p.new_code },
  ]),
);
const NEW = new Map<string, NewProvince>(
  provinces.new_provinces.map((p) => [p.code, { name: p.name, fullName: p.full_name }]),
);

// data/README.md: old 46 was "Tỉnh Thừa Thiên Huế" until 31/12/2024, "Thành phố Huế" from 01/01/2025.
const EARLIER_NAMES: Record<string, { before: string; name: string; fullName: string }> = {
  '46': { before: '2025-01-01', name: 'Thừa Thiên Huế', fullName: 'Tỉnh Thừa Thiên Huế' },
};

/** Options of the province-code functions. */
export interface ProvinceCodeOptions {
  /**
   * Date of the record the code belongs to, `YYYY-MM-DD`. Before 2025-07-01 the 63-province list
   * applies (QĐ 124/2004/QĐ-TTg as amended), from that day the 34-province list (QĐ 19/2025/QĐ-TTg).
   * Codes are never reused, so a record dated before the merger keeps its old code.
   * Default: today in Vietnam (UTC+7).
   */
  at?: string;
}

/** A province code that exists on the given date. */
export interface Province {
  /** The 2-digit code, as a string (`"01"`). */
  code: string;
  /** Short name on `at` (`"Hà Giang"`). */
  name: string;
  /** Full name on `at` (`"Tỉnh Hà Giang"`). */
  fullName: string;
  /** The date the code was checked against, `YYYY-MM-DD`. */
  at: string;
  /** The code of the same territory from 2025-07-01 (the code itself when unchanged). */
  successor: string;
}

function lookup(code: string, at: string): { name: string; fullName: string } | undefined {
  if (at >= PROVINCE_LIST_2025_FROM) return NEW.get(code);
  const old = OLD.get(code);
  if (!old) return undefined;
  const earlier = EARLIER_NAMES[code];
  return earlier && at < earlier.before ? { name: earlier.name, fullName: earlier.fullName } : old;
}

/**
 * The code that identifies, on `at`, the province that `code` identified: the code itself before
 * 2025-07-01, and the code of the province it was merged into from that day (every old code maps to
 * exactly one new code; Resolution 202/2025/QH15). `undefined` for a code that is in neither list.
 */
export function mapProvinceCode(code: string, options: ProvinceCodeOptions = {}): string | undefined {
  const at = resolveCalendarDate(options.at, 'options.at');
  const old = OLD.get(code);
  if (at >= PROVINCE_LIST_2025_FROM) return NEW.has(code) ? code : old?.successor;
  return old ? code : undefined;
}

/**
 * The province that the territory identified by `code` belongs to on `date` (`YYYY-MM-DD`): before
 * 2025-07-01 the province of that code itself; from that day the province it was merged into
 * (Resolution 202/2025/QH15), whose code may differ (`provinceAt('02', '2025-07-01')` is Tuyên
 * Quang, `08`). `undefined` for a code in neither list. The lists describe 2008-08-01 onwards:
 * earlier changes, such as Hà Tây (28) merging into Hà Nội, are not modelled.
 * Throws a RangeError when `date` is not a calendar date (a programming error).
 */
export function provinceAt(code: string, date: string): Province | undefined {
  const at = resolveCalendarDate(date, 'date');
  const current = mapProvinceCode(code, { at });
  if (current === undefined) return undefined;
  const found = lookup(current, at) as { name: string; fullName: string };
  const successor = OLD.get(current)?.successor ?? current;
  return { code: current, name: found.name, fullName: found.fullName, at, successor };
}

/**
 * The code, from 2025-07-01, of the province that an old (63-list) code was merged into, or that a
 * 2025 code keeps (`'02'` → `'08'`, `'79'` → `'79'`). Every old code has exactly one successor
 * (Resolution 202/2025/QH15; QĐ 19/2025/QĐ-TTg). `undefined` for a code in neither list.
 */
export function provinceSuccessor(code: string): string | undefined {
  return OLD.get(code)?.successor ?? (NEW.has(code) ? code : undefined);
}

/**
 * The old (63-list) codes of the provinces a 2025 province was formed from, its own code included
 * (`'08'` → `['02', '08']`); `undefined` for a code that is not in the 34-province list.
 */
export function provincePredecessors(code: string): string[] | undefined {
  const entry = provinces.new_provinces.find((p) => p.code === code);
  return entry ? [...entry.formed_from_old_codes] : undefined;
}

/** Every province in force on `date` (`YYYY-MM-DD`, default today in Vietnam), in code order. */
export function provincesAt(date?: string): Province[] {
  const at = resolveCalendarDate(date, 'date');
  const codes = at >= PROVINCE_LIST_2025_FROM ? [...NEW.keys()] : [...OLD.keys()];
  return codes.sort().map((code) => provinceAt(code, at) as Province);
}

/**
 * The short name of the province that has `code` on `at` (`"Hà Giang"` on 2024-01-01, `undefined`
 * from 2025-07-01, when code 02 no longer exists). Default date: today in Vietnam.
 */
export function provinceName(code: string, options: ProvinceCodeOptions = {}): string | undefined {
  return lookup(code, resolveCalendarDate(options.at, 'options.at'))?.name;
}

/**
 * Checks a province code (2 digits, kept as a string) against the list in force on `at`: the 63
 * provinces before 2025-07-01, the 34 provinces from then (Resolution 202/2025/QH15; QĐ 19/2025/QĐ-TTg).
 * An old code on a record dated from 2025-07-01 fails with the code that replaced it. The lists
 * are those of `data/provinces-2025.json`; changes before 2008 (such as Hà Tây, 28) are not covered,
 * nor are changes after 2025-07-01 (e.g. the reported but unverified renaming of Đồng Nai, 75, to a
 * city on 2026-04-30: its full name stays "Tỉnh Đồng Nai").
 */
export function checkProvinceCode(input: string, options: ProvinceCodeOptions = {}): CheckResult<Province> {
  const at = resolveCalendarDate(options.at, 'options.at');
  const value = input.trim();
  if (!/^\d{2}$/.test(value)) {
    let hintVi = '';
    let hintEn = '';
    if (/^0\d{2}$/.test(value)) {
      hintVi = ` "${value}" là dạng 3 chữ số dùng trong số định danh cá nhân; mã tỉnh là "${value.slice(1)}".`;
      hintEn = ` "${value}" is the 3-digit form used in personal ID numbers; the province code is "${value.slice(1)}".`;
    } else if (/^\d$/.test(value)) {
      hintVi = ` Hãy giữ số 0 ở đầu: "0${value}".`;
      hintEn = ` Keep the leading zero: "0${value}".`;
    }
    return failed(
      'province_code.format',
      `Mã tỉnh phải gồm đúng 2 chữ số, lưu dạng chuỗi để giữ số 0 ở đầu (ví dụ "01" Hà Nội); nhận được "${value}".${hintVi}`,
      `A province code has exactly 2 digits, kept as a string so the leading zero survives (e.g. "01" Hà Nội); got "${value}".${hintEn}`,
    );
  }
  const old = OLD.get(value);
  if (!old && !NEW.has(value)) {
    return failed(
      'province_code.unknown',
      `Mã tỉnh "${value}" không có trong danh mục 63 tỉnh, thành phố trước 01/07/2025 (QĐ 124/2004/QĐ-TTg) hay 34 tỉnh, thành phố từ 01/07/2025 (QĐ 19/2025/QĐ-TTg). Hãy kiểm tra lại mã.`,
      `Province code "${value}" is in neither the 63-province list in force before 2025-07-01 (QĐ 124/2004/QĐ-TTg) nor the 34-province list from 2025-07-01 (QĐ 19/2025/QĐ-TTg). Check the code.`,
    );
  }
  const found = lookup(value, at);
  if (!found) {
    // Only an old code on or after the merger date reaches this point.
    const retired = old as OldProvince;
    const successor = NEW.get(retired.successor) as NewProvince;
    const from = toVietnameseDate(PROVINCE_LIST_2025_FROM);
    return failed(
      'province_code.retired',
      `Mã tỉnh "${value}" (${retired.fullName}) không còn hiệu lực từ ${from}: tỉnh đã được sắp xếp vào ${successor.fullName}, mã "${retired.successor}" (Nghị quyết 202/2025/QH15; QĐ 19/2025/QĐ-TTg). Hồ sơ có ngày từ ${from} dùng mã "${retired.successor}"; hồ sơ lập trước ngày đó giữ mã cũ, khi kiểm tra hãy truyền ngày của hồ sơ (at). Ngày đã dùng để kiểm tra: ${toVietnameseDate(at)}.`,
      `Province code "${value}" (${retired.fullName}) is no longer in force from ${PROVINCE_LIST_2025_FROM}: the province was merged into ${successor.fullName}, code "${retired.successor}" (Resolution 202/2025/QH15; QĐ 19/2025/QĐ-TTg). Records dated from ${PROVINCE_LIST_2025_FROM} use "${retired.successor}"; records dated earlier keep the old code, so pass the record's date as \`at\`. Date checked: ${at}.`,
    );
  }
  const successor = old ? old.successor : value;
  return passed({ code: value, name: found.name, fullName: found.fullName, at, successor });
}
