import { type CheckResult, failed, passed } from '../validation/check-result';

// TT 105/2020/TT-BTC (structure of the tax code): weights of N1..N9 in the check-digit formula.
const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const;

/** A parsed enterprise / tax code. */
export interface TaxCode {
  /** The 10-digit code of the taxpayer (for a branch: of its parent unit). */
  base: string;
  /** The 3-digit branch suffix of a 13-digit code (`001`–`999`), if any. */
  branch?: string;
}

/**
 * Computes the check digit N10 of the first nine digits (TT 105/2020/TT-BTC):
 * S = 31·N1 + 29·N2 + 23·N3 + 19·N4 + 17·N5 + 13·N6 + 7·N7 + 5·N8 + 3·N9, N10 = 10 − (S mod 11).
 * Returns `undefined` when S mod 11 = 0, for which no digit exists: such a prefix is never issued.
 */
export function taxCodeCheckDigit(firstNine: string): number | undefined {
  if (!/^\d{9}$/.test(firstNine)) throw new RangeError('taxCodeCheckDigit expects exactly 9 digits');
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(firstNine[i]) * (WEIGHTS[i] as number);
  const remainder = sum % 11;
  return remainder === 0 ? undefined : 10 - remainder;
}

/**
 * Checks an enterprise / tax code: 10 digits, or 13 written `NNNNNNNNNN-NNN` (a dependent unit),
 * with the mod-11 check digit (TT 105/2020/TT-BTC).
 */
export function checkTaxCode(input: string): CheckResult<TaxCode> {
  const value = input.trim();
  const match = /^(\d{10})(?:-(\d{3}))?$/.exec(value);
  if (!match) {
    if (/^\d{13}$/.test(value)) {
      return failed(
        'tax_code.missing_dash',
        `Mã số thuế 13 số phải viết dạng NNNNNNNNNN-NNN (có dấu gạch ngang): "${value.slice(0, 10)}-${value.slice(10)}".`,
        `A 13-digit tax code is written NNNNNNNNNN-NNN, with a dash: "${value.slice(0, 10)}-${value.slice(10)}".`,
      );
    }
    return failed(
      'tax_code.format',
      `Mã số thuế phải có 10 chữ số, hoặc 13 chữ số dạng NNNNNNNNNN-NNN; nhận được "${value}".`,
      `A tax code has 10 digits, or 13 written NNNNNNNNNN-NNN; got "${value}".`,
    );
  }
  const base = match[1] as string;
  const branch = match[2];
  const expected = taxCodeCheckDigit(base.slice(0, 9));
  if (expected === undefined) {
    return failed(
      'tax_code.check_digit',
      `Mã số thuế "${value}" không hợp lệ: 9 chữ số đầu không thể có chữ số kiểm tra (S mod 11 = 0).`,
      `Tax code "${value}" is invalid: its first nine digits admit no check digit (S mod 11 = 0).`,
    );
  }
  if (Number(base[9]) !== expected) {
    return failed(
      'tax_code.check_digit',
      `Mã số thuế "${value}" sai chữ số kiểm tra: chữ số thứ 10 phải là ${expected}. Hãy kiểm tra lại mã.`,
      `Tax code "${value}" fails its check digit: the tenth digit should be ${expected}. Check the code for a typo.`,
    );
  }
  if (branch === '000') {
    return failed(
      'tax_code.branch',
      `Mã số thuế "${value}": ba số đuôi của đơn vị phụ thuộc phải từ 001 đến 999.`,
      `Tax code "${value}": the branch suffix must be 001 to 999.`,
    );
  }
  return passed(branch === undefined ? { base } : { base, branch });
}
