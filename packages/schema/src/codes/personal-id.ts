import { type CheckResult, failed, passed } from '../validation/check-result';
import { isCalendarDate, resolveCalendarDate, toVietnameseDate } from './calendar-date';
import { CodeError } from './code-error';
import { PROVINCE_LIST_2025_FROM, type Province, provinceAt } from './province-code';

// The last day of the 63-province list: every province code that can open a personal ID number
// (IDs are permanent, so those issued before the 2025 merger keep their old code).
const LAST_DAY_OF_63 = new Date(Date.parse(`${PROVINCE_LIST_2025_FROM}T00:00:00Z`) - 86_400_000)
  .toISOString()
  .slice(0, 10);

/** Sex as encoded in the 4th digit of a personal ID number. */
export type Sex = 'male' | 'female';

/** The parts of a personal identification number (số định danh cá nhân). */
export interface PersonalId {
  /**
   * Digits 1–3: the code of the province, or of the country, where the birth was registered
   * (Decree 137/2015/NĐ-CP Art. 13; TT 07/2016/TT-BCA Art. 7), e.g. `"001"`.
   */
  placeCode: string;
  /**
   * The province that `placeCode` denotes (its name in the 63-province list and its 2025 successor),
   * or `undefined` when the code is not a province code: a birth registered abroad carries a country
   * code, whose list Chiase does not bundle.
   */
  province?: Province;
  /** Digit 4, first part: sex. */
  sex: Sex;
  /** Digit 4 with digits 5–6: the full year of birth (digit 4 gives the century). */
  birthYear: number;
  /** Digits 7–12: the random part. */
  serial: string;
}

/** Options of {@link checkPersonalId}. */
export interface PersonalIdOptions {
  /** The person's date of birth, `YYYY-MM-DD`: digit 4 (century) and digits 5–6 (year) must match it. */
  birthDate?: string;
  /** The person's sex: digit 4 must match it. */
  sex?: Sex;
  /**
   * When true, digits 1–3 must be a province code (`0` + one of the 63 province codes); births
   * registered abroad, which carry a country code, then fail. Default false.
   */
  requireProvince?: boolean;
  /** The day of the check, `YYYY-MM-DD` (default today in Vietnam): no one is born after it. */
  at?: string;
}

const SEX_TEXT = { male: { vi: 'nam', en: 'male' }, female: { vi: 'nữ', en: 'female' } } as const;

/** The 4th digit for a birth year and sex: 0/1 for 1900–1999, 2/3 for 2000–2099, … (male/female). */
export function personalIdCenturyDigit(birthYear: number, sex: Sex): number {
  const century = Math.floor((birthYear - 1900) / 100);
  if (!Number.isInteger(birthYear) || century < 0 || century > 4) {
    throw new RangeError('personalIdCenturyDigit expects a birth year from 1900 to 2399');
  }
  return century * 2 + (sex === 'female' ? 1 : 0);
}

function centuryRange(digit: number): string {
  const start = 1900 + Math.floor(digit / 2) * 100;
  return `${start}–${start + 99}`;
}

function checkFormat(value: string): CheckResult<never> | undefined {
  if (/^\d{12}$/.test(value)) return undefined;
  const digits = value.replace(/[\s.-]/g, '');
  if (/^\d{12}$/.test(digits)) {
    return failed(
      'personal_id.separators',
      'Số định danh cá nhân gồm 12 chữ số viết liền; hãy bỏ dấu cách, dấu chấm hoặc dấu gạch ngang.',
      'A personal ID number is 12 digits written together; remove the spaces, dots or dashes.',
    );
  }
  if (/^\d{9}$/.test(value)) {
    return failed(
      'personal_id.identity_card',
      'Số có 9 chữ số là số Chứng minh nhân dân cũ, không phải số định danh cá nhân (12 chữ số). Hãy dùng số định danh cá nhân in trên thẻ Căn cước hoặc Căn cước công dân.',
      'A 9-digit number is an old identity card (CMND) number, not a personal ID number (12 digits). Use the personal ID number printed on the citizen identity card.',
    );
  }
  // The value itself is personal data: messages give its length, never the number.
  return failed(
    'personal_id.format',
    `Số định danh cá nhân phải gồm đúng 12 chữ số, lưu dạng chuỗi để giữ số 0 ở đầu; giá trị nhận được có ${[...value].length} ký tự${/^\d*$/.test(value) ? '' : ' và có ký tự không phải chữ số'}.`,
    `A personal ID number has exactly 12 digits, kept as a string so the leading zero survives; the value given has ${[...value].length} characters${/^\d*$/.test(value) ? '' : ' and contains non-digits'}.`,
  );
}

/**
 * Checks a personal identification number (Decree 137/2015/NĐ-CP Art. 13; codes per
 * TT 07/2016/TT-BCA Art. 7): 12 digits = place of birth registration (3) + century and sex (1) +
 * year of birth (2) + random part (6). There is no check digit, so a mistyped random part cannot
 * be detected. Digit 4 is 0/1 for men/women born 1900–1999, 2/3 for 2000–2099, 4/5 for 2100–2199,
 * and so on. A birth year after `at` (today) fails; with `birthDate` or `sex`, digit 4 and digits
 * 5–6 must agree with them. Digits 1–3 that are not a province code pass unless `requireProvince`
 * is set: births registered abroad carry a country code, and that list is not bundled.
 * Messages never repeat the number, which is personal data. Surrounding whitespace is ignored.
 * The structure is cited from the texts that introduced it (Decree 137/2015, TT 07/2016); the
 * texts that later replaced them were not checked here.
 * Throws a RangeError when `birthDate` or `at` is not a `YYYY-MM-DD` date (a programming error).
 */
export function checkPersonalId(input: string, options: PersonalIdOptions = {}): CheckResult<PersonalId> {
  const at = resolveCalendarDate(options.at, 'options.at');
  if (options.birthDate !== undefined && !isCalendarDate(options.birthDate)) {
    throw new RangeError('options.birthDate must be a calendar date written YYYY-MM-DD');
  }
  const value = input.trim();
  const formatError = checkFormat(value);
  if (formatError) return formatError;

  const placeCode = value.slice(0, 3);
  const province = placeCode[0] === '0' ? provinceAt(placeCode.slice(1), LAST_DAY_OF_63) : undefined;
  if (!province && options.requireProvince) {
    return failed(
      'personal_id.place_code',
      `Ba chữ số đầu "${placeCode}" của số định danh cá nhân không phải mã tỉnh, thành phố nơi đăng ký khai sinh: mã tỉnh là 0 và mã tỉnh 2 chữ số, từ 001 (Hà Nội) đến 096 (Cà Mau) (TT 07/2016/TT-BCA, Điều 7).`,
      `The first three digits "${placeCode}" of the personal ID number are not the code of a province of birth registration: that code is 0 followed by the 2-digit province code, 001 (Hà Nội) to 096 (Cà Mau) (TT 07/2016/TT-BCA Art. 7).`,
    );
  }

  const digit = Number(value[3]);
  const sex: Sex = digit % 2 === 0 ? 'male' : 'female';
  const birthYear = 1900 + Math.floor(digit / 2) * 100 + Number(value.slice(4, 6));
  if (options.birthDate !== undefined) {
    const year = Number(options.birthDate.slice(0, 4));
    const shownDate = toVietnameseDate(options.birthDate);
    if (Math.floor((year - 1900) / 100) !== Math.floor(digit / 2)) {
      if (year < 1900 || year > 2399) {
        return failed(
          'personal_id.century',
          `Ngày sinh ${shownDate} nằm ngoài các thế kỷ mà số định danh cá nhân mã hóa được (1900–2399).`,
          `Birth date ${options.birthDate} is outside the centuries a personal ID number can encode (1900–2399).`,
        );
      }
      const male = personalIdCenturyDigit(year, 'male');
      return failed(
        'personal_id.century',
        `Chữ số thứ 4 của số định danh cá nhân là "${digit}" (${SEX_TEXT[sex].vi}, sinh từ năm ${centuryRange(digit)}), nhưng ngày sinh là ${shownDate}: người sinh năm ${year} có chữ số thứ 4 là ${male} (nam) hoặc ${male + 1} (nữ). Hãy kiểm tra số định danh hoặc ngày sinh.`,
        `Digit 4 of the personal ID number is "${digit}" (${SEX_TEXT[sex].en}, born ${centuryRange(digit)}), but the birth date is ${options.birthDate}: for someone born in ${year} digit 4 is ${male} (male) or ${male + 1} (female). Check the ID number or the birth date.`,
      );
    }
    if (year !== birthYear) {
      const expected = String(year % 100).padStart(2, '0');
      return failed(
        'personal_id.birth_year',
        `Chữ số thứ 5–6 của số định danh cá nhân là "${value.slice(4, 6)}" (năm sinh ${birthYear}), nhưng ngày sinh là ${shownDate}: phải là "${expected}". Hãy kiểm tra số định danh hoặc ngày sinh.`,
        `Digits 5–6 of the personal ID number are "${value.slice(4, 6)}" (birth year ${birthYear}), but the birth date is ${options.birthDate}: they should be "${expected}". Check the ID number or the birth date.`,
      );
    }
  }

  const currentYear = Number(at.slice(0, 4));
  if (birthYear > currentYear) {
    return failed(
      'personal_id.birth_year_future',
      `Số định danh cá nhân cho năm sinh ${birthYear} (chữ số thứ 4 là "${digit}": ${SEX_TEXT[sex].vi}, sinh từ năm ${centuryRange(digit)}; chữ số thứ 5–6 là "${value.slice(4, 6)}"), sau năm hiện tại ${currentYear}. Hãy kiểm tra chữ số thứ 4 đến thứ 6.`,
      `The personal ID number gives the birth year ${birthYear} (digit 4 is "${digit}": ${SEX_TEXT[sex].en}, born ${centuryRange(digit)}; digits 5–6 are "${value.slice(4, 6)}"), after the current year ${currentYear}. Check digits 4 to 6.`,
    );
  }

  if (options.sex !== undefined && options.sex !== sex) {
    const expected = digit - (digit % 2) + (options.sex === 'female' ? 1 : 0);
    return failed(
      'personal_id.sex',
      `Chữ số thứ 4 của số định danh cá nhân là "${digit}" (${SEX_TEXT[sex].vi}), nhưng giới tính là ${SEX_TEXT[options.sex].vi}: với năm sinh ${birthYear} chữ số này phải là ${expected}.`,
      `Digit 4 of the personal ID number is "${digit}" (${SEX_TEXT[sex].en}), but the sex given is ${SEX_TEXT[options.sex].en}: for birth year ${birthYear} that digit should be ${expected}.`,
    );
  }

  const serial = value.slice(6);
  return passed(
    province ? { placeCode, province, sex, birthYear, serial } : { placeCode, sex, birthYear, serial },
  );
}

/**
 * Parses a personal identification number into its place of birth registration, sex and birth
 * year (see {@link checkPersonalId} for the rules and options). Throws a {@link CodeError} with the
 * specific reason when the number is invalid.
 */
export function parsePersonalId(input: string, options: PersonalIdOptions = {}): PersonalId {
  const result = checkPersonalId(input, options);
  if (!result.ok) throw new CodeError({ code: result.code, message: result.message });
  return result.value;
}
