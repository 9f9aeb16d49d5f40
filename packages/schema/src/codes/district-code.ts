import { type CheckResult, failed, passed } from '../validation/check-result';
import { administrativeLevelsAt, DISTRICTS_ABOLISHED_FROM } from './administrative-levels';
import { resolveCalendarDate, toVietnameseDate } from './calendar-date';

/** Options of {@link checkDistrictCode}. */
export interface DistrictCodeOptions {
  /**
   * Date of the record the code belongs to, `YYYY-MM-DD`. District codes exist only for records
   * dated before 2025-07-01. Default: today in Vietnam (UTC+7), on which no district exists.
   */
  at?: string;
}

/** A well-formed district code of a record dated before 2025-07-01. */
export interface DistrictCode {
  /** The 3-digit code, as a string (`"001"`). */
  code: string;
  /** The date the code was checked against, `YYYY-MM-DD`. */
  at: string;
}

/**
 * Checks a district code (QĐ 124/2004/QĐ-TTg: 3 digits, kept as a string). Only the form is checked:
 * Chiase ships no district list, so an unassigned code of the right form passes. From 2025-07-01
 * local government has two levels (province and commune; the 2025 list of QĐ 19/2025/QĐ-TTg has no
 * districts), so a district code on a record dated on or after that day is an error.
 */
export function checkDistrictCode(
  input: string,
  options: DistrictCodeOptions = {},
): CheckResult<DistrictCode> {
  const at = resolveCalendarDate(options.at, 'options.at');
  const value = input.trim();
  if (!/^\d{3}$/.test(value)) {
    const padded = /^\d{1,2}$/.test(value) ? value.padStart(3, '0') : undefined;
    return failed(
      'district_code.format',
      `Mã huyện phải gồm đúng 3 chữ số, lưu dạng chuỗi để giữ số 0 ở đầu (ví dụ "001"); nhận được "${value}".${padded ? ` Có thể là "${padded}"?` : ''}`,
      `A district code has exactly 3 digits, kept as a string so leading zeros survive (e.g. "001"); got "${value}".${padded ? ` Did you mean "${padded}"?` : ''}`,
    );
  }
  if (!administrativeLevelsAt(at).includes('district')) {
    const from = toVietnameseDate(DISTRICTS_ABOLISHED_FROM);
    return failed(
      'district_code.abolished',
      `Mã huyện "${value}" không dùng được cho hồ sơ ngày ${toVietnameseDate(at)}: từ ${from} không còn cấp huyện, chính quyền địa phương chỉ còn cấp tỉnh và cấp xã. Hãy bỏ mã huyện và dùng mã xã mới; nếu hồ sơ lập trước ${from}, hãy truyền ngày của hồ sơ (at).`,
      `District code "${value}" cannot be used on a record dated ${at}: from ${DISTRICTS_ABOLISHED_FROM} there is no district level, only provinces and communes. Drop the district code and use the new commune code; if the record predates ${DISTRICTS_ABOLISHED_FROM}, pass its date as \`at\`.`,
    );
  }
  return passed({ code: value, at });
}
