import { type CheckResult, failed, passed } from '../validation/check-result';

/**
 * Checks a commune (ward, township) code: 5 digits, kept as a string (QĐ 124/2004/QĐ-TTg; the 3,321
 * communes from 2025-07-01 per QĐ 19/2025/QĐ-TTg). Only the form is checked: Chiase ships no commune
 * list, so whether the code exists, and on which date, is not verified.
 */
export function checkCommuneCode(input: string): CheckResult<string> {
  const value = input.trim();
  if (!/^\d{5}$/.test(value)) {
    const padded = /^\d{1,4}$/.test(value) ? value.padStart(5, '0') : undefined;
    return failed(
      'commune_code.format',
      `Mã xã phải gồm đúng 5 chữ số, lưu dạng chuỗi để giữ số 0 ở đầu (ví dụ "00004"); nhận được "${value}".${padded ? ` Có thể là "${padded}"?` : ''}`,
      `A commune code has exactly 5 digits, kept as a string so leading zeros survive (e.g. "00004"); got "${value}".${padded ? ` Did you mean "${padded}"?` : ''}`,
    );
  }
  return passed(value);
}
