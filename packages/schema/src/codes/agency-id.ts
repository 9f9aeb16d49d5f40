import { type CheckResult, failed, passed } from '../validation/check-result';
import { CodeError } from './code-error';

// QĐ 20/2020/QĐ-TTg Art. 4.1: at most 35 characters.
const MAX_LENGTH = 35;
// QĐ 20/2020/QĐ-TTg Art. 6.3: the organisation part of a scheme identifier has at most 32 characters.
const MAX_ORGANISATION_LENGTH = 32;
// QĐ 20/2020/QĐ-TTg Art. 4.1: the dot, the digits 0–9 and the capitals A–Z of the English alphabet.
const ALLOWED = /^[0-9A-Z.]*$/;
// QĐ 20/2020/QĐ-TTg Art. 4.2: the level-1 code is MX1X2, M a letter A–Y, X1 and X2 digits.
const LEVEL_1 = /^[A-Y]\d\d$/;
// QĐ 20/2020/QĐ-TTg Art. 6.2a: the scheme identifier is Zxy, x and y digits.
const SCHEME = /^Z\d\d/;
// QĐ 20/2020/QĐ-TTg Art. 5: the e-ID of an enterprise is its enterprise code (10 or 13 digits).
const ENTERPRISE_CODE = /^\d{10}(?:-?\d{3})?$/;
// Inputs are echoed in messages; very long ones are cut so a message stays readable.
const SHOWN = 48;

/**
 * A parsed agency electronic identifier (mã định danh điện tử, QĐ 20/2020/QĐ-TTg).
 * - `agency` (Art. 4): a ministry, sector or locality or one of its units: dot-separated groups,
 *   the first being the level-1 code, each next group one level down (Art. 4.3).
 * - `other-organisation` (Art. 6): the scheme identifier `Z01`–`Z99` followed, with no separator, by
 *   the organisation's code in that scheme.
 */
export type AgencyId =
  | {
      kind: 'agency';
      /** The level-1 code (Mã cấp 1, Art. 4.2), e.g. `H09`. */
      level1: string;
      /** Every group, level 1 first: `G01.03.05` gives `['G01', '03', '05']`. */
      groups: string[];
      /** The level of the identified agency: the number of groups (1 for a level-1 agency). */
      level: number;
      /**
       * The identifier of the agency at each level, level 1 first and this agency last: each level
       * is a unit of the one before it (Art. 4.3). `H09.23.05` gives `['H09', 'H09.23', 'H09.23.05']`.
       */
      lineage: string[];
      /** The identifier of the agency one level up (Art. 4.3), absent for a level-1 agency. */
      parent?: string;
    }
  | {
      kind: 'other-organisation';
      /** The scheme identifier (mã xác định lược đồ định danh, Art. 6.2), `Z01`–`Z99`. */
      scheme: string;
      /** The organisation's code within the scheme (Art. 6.3), 1–32 characters. */
      organisation: string;
    };

function shown(value: string): string {
  return value.length > SHOWN ? `${value.slice(0, SHOWN)}…` : value;
}

function describeCharacter(char: string): { vi: string; en: string } {
  const codePoint = `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  if (/\s/.test(char)) return { vi: `khoảng trắng (${codePoint})`, en: `whitespace (${codePoint})` };
  return { vi: `"${char}" (${codePoint})`, en: `"${char}" (${codePoint})` };
}

function checkOtherOrganisation(value: string): CheckResult<AgencyId> {
  if (!SCHEME.test(value)) {
    return failed(
      'agency_id.scheme',
      `Mã định danh điện tử "${shown(value)}" bắt đầu bằng "Z" nên phải là mã của cơ quan, tổ chức khác: 3 ký tự đầu là mã xác định lược đồ định danh dạng Zxy, x và y là chữ số, từ Z01 đến Z99 (QĐ 20/2020/QĐ-TTg, Điều 6 khoản 2). Hãy kiểm tra mã lược đồ đã được công bố.`,
      `Agency e-ID "${shown(value)}" starts with "Z", so it must be an other-organisation identifier: its first 3 characters are the scheme identifier Zxy with x and y digits, Z01 to Z99 (QĐ 20/2020/QĐ-TTg Art. 6.2). Check the published scheme identifier.`,
    );
  }
  const scheme = value.slice(0, 3);
  const organisation = value.slice(3);
  // Art. 6.2b: scheme identifiers run from Z01 to Z99, so Z00 is never issued.
  if (scheme === 'Z00') {
    return failed(
      'agency_id.scheme',
      `Mã xác định lược đồ định danh "Z00" không tồn tại: mã lược đồ được cấp tuần tự từ Z01 đến Z99 (QĐ 20/2020/QĐ-TTg, Điều 6 khoản 2 điểm b). Hãy dùng mã lược đồ đã được công bố.`,
      `Scheme identifier "Z00" does not exist: scheme identifiers are issued in sequence from Z01 to Z99 (QĐ 20/2020/QĐ-TTg Art. 6.2b). Use the published scheme identifier.`,
    );
  }
  if (organisation === '') {
    return failed(
      'agency_id.organisation_missing',
      `Mã định danh điện tử "${value}" chỉ có mã xác định lược đồ định danh; phải có thêm mã xác định cơ quan, tổ chức trong lược đồ, viết liền ngay sau (QĐ 20/2020/QĐ-TTg, Điều 6 khoản 1).`,
      `Agency e-ID "${value}" has only the scheme identifier; the organisation's code within the scheme must follow it directly (QĐ 20/2020/QĐ-TTg Art. 6.1).`,
    );
  }
  // Art. 6.1: the two components follow each other with no separating character.
  if (organisation.startsWith('.')) {
    return failed(
      'agency_id.scheme_separator',
      `Mã định danh điện tử "${shown(value)}": không có ký tự phân tách giữa mã lược đồ ${scheme} và mã cơ quan, tổ chức (QĐ 20/2020/QĐ-TTg, Điều 6 khoản 1); hãy bỏ dấu chấm sau ${scheme}.`,
      `Agency e-ID "${shown(value)}": there is no separator between the scheme identifier ${scheme} and the organisation's code (QĐ 20/2020/QĐ-TTg Art. 6.1); remove the dot after ${scheme}.`,
    );
  }
  if (organisation.length > MAX_ORGANISATION_LENGTH) {
    return failed(
      'agency_id.too_long',
      `Mã xác định cơ quan, tổ chức trong lược đồ ${scheme} dài ${organisation.length} ký tự; tối đa ${MAX_ORGANISATION_LENGTH} ký tự (QĐ 20/2020/QĐ-TTg, Điều 6 khoản 3). Hãy kiểm tra mã không bị ghép thêm ký tự.`,
      `The organisation's code within scheme ${scheme} is ${organisation.length} characters long; the maximum is ${MAX_ORGANISATION_LENGTH} (QĐ 20/2020/QĐ-TTg Art. 6.3). Check that nothing was appended to the code.`,
    );
  }
  return passed({ kind: 'other-organisation', scheme, organisation });
}

function checkAgency(value: string): CheckResult<AgencyId> {
  if (value.length > MAX_LENGTH) {
    return failed(
      'agency_id.too_long',
      `Mã định danh điện tử "${shown(value)}" dài ${value.length} ký tự; tối đa ${MAX_LENGTH} ký tự (QĐ 20/2020/QĐ-TTg, Điều 4 khoản 1). Hãy kiểm tra mã không bị ghép thêm nhóm hoặc ký tự.`,
      `Agency e-ID "${shown(value)}" is ${value.length} characters long; the maximum is ${MAX_LENGTH} (QĐ 20/2020/QĐ-TTg Art. 4.1). Check that no group or text was appended.`,
    );
  }
  const groups = value.split('.');
  // Art. 4.1: the identifier is divided into groups of characters separated by dots, so every group
  // has at least one character (no leading, trailing or doubled dot).
  const empty = groups.indexOf('');
  if (empty !== -1) {
    return failed(
      'agency_id.empty_group',
      `Mã định danh điện tử "${shown(value)}" có nhóm ký tự rỗng (nhóm thứ ${empty + 1}): các nhóm ký tự được phân tách bằng một dấu chấm, không có dấu chấm ở đầu, ở cuối hoặc hai dấu chấm liền nhau (QĐ 20/2020/QĐ-TTg, Điều 4 khoản 1).`,
      `Agency e-ID "${shown(value)}" has an empty group (group ${empty + 1}): groups are separated by a single dot, with no dot at the start or end and no two dots in a row (QĐ 20/2020/QĐ-TTg Art. 4.1).`,
    );
  }
  const level1 = groups[0] as string;
  if (!LEVEL_1.test(level1)) {
    const extra = /^([A-Y]\d\d)(.+)$/.exec(level1);
    const hintVi = extra
      ? ` Nếu "${extra[2]}" là mã cấp 2, hãy tách bằng dấu chấm: "${extra[1]}.${extra[2]}".`
      : '';
    const hintEn = extra
      ? ` If "${extra[2]}" is a level-2 code, separate it with a dot: "${extra[1]}.${extra[2]}".`
      : '';
    return failed(
      'agency_id.first_group',
      `Nhóm ký tự thứ nhất "${shown(level1)}" của mã định danh điện tử phải là Mã cấp 1 dạng MX1X2: một chữ cái in hoa từ A đến Y rồi hai chữ số, ví dụ G01 hoặc H09 (QĐ 20/2020/QĐ-TTg, Điều 4 khoản 2); mã của cơ quan, tổ chức khác bắt đầu bằng Z01–Z99 (Điều 6).${hintVi}`,
      `The first group "${shown(level1)}" of an agency e-ID must be the level-1 code MX1X2: one capital letter A to Y, then two digits, e.g. G01 or H09 (QĐ 20/2020/QĐ-TTg Art. 4.2); identifiers of other organisations start with Z01–Z99 (Art. 6).${hintEn}`,
    );
  }
  // Art. 4.3 sets no length or pattern for the groups of level 2 onwards; none is enforced here.
  const lineage = groups.map((_, i) => groups.slice(0, i + 1).join('.'));
  const parent = lineage.at(-2);
  const parsed = { kind: 'agency' as const, level1, groups, level: groups.length, lineage };
  return passed(parent === undefined ? parsed : { ...parsed, parent });
}

/**
 * Checks an agency electronic identifier (QĐ 20/2020/QĐ-TTg): at most 35 characters of `0-9`, `A-Z`
 * and `.`, dot-separated non-empty groups whose first is the level-1 code `[A-Y]\d\d` (Art. 4); or,
 * for other organisations, `Z01`–`Z99` followed directly by up to 32 characters (Art. 6).
 * Only the form is checked: the list of level-1 codes (Appendix I) and the published schemes are not
 * bundled, and the decision sets no length for the groups below level 1, so none is imposed. Art. 6
 * leaves the organisation part's structure to each scheme (Art. 6.3); Chiase applies Art. 4.1's
 * character set to it too. An enterprise's e-ID is its enterprise code (Art. 5): use `checkTaxCode`.
 * Surrounding whitespace is ignored, as in the other code validators.
 */
export function checkAgencyId(input: string): CheckResult<AgencyId> {
  const value = input.trim();
  if (value === '') {
    return failed(
      'agency_id.empty',
      'Mã định danh điện tử của cơ quan, tổ chức đang để trống; hãy nhập mã, ví dụ "G01" hoặc "H09.23" (QĐ 20/2020/QĐ-TTg, Điều 4).',
      'The agency e-ID is empty; enter the identifier, e.g. "G01" or "H09.23" (QĐ 20/2020/QĐ-TTg Art. 4).',
    );
  }
  if (ENTERPRISE_CODE.test(value)) {
    return failed(
      'agency_id.enterprise_code',
      `"${value}" có dạng mã số doanh nghiệp: mã định danh điện tử của doanh nghiệp, hợp tác xã, hộ kinh doanh chính là mã số của họ (QĐ 20/2020/QĐ-TTg, Điều 5). Hãy kiểm tra bằng trình kiểm tra mã số thuế (checkTaxCode) thay vì mã định danh của cơ quan.`,
      `"${value}" has the form of an enterprise code: the e-ID of an enterprise, cooperative or household business is that code itself (QĐ 20/2020/QĐ-TTg Art. 5). Validate it as a tax code (checkTaxCode), not as an agency e-ID.`,
    );
  }
  const isScheme = value[0] === 'Z' || value[0] === 'z';
  const cite = isScheme
    ? {
        vi: 'Chiase áp dụng cho mã của cơ quan, tổ chức khác cùng bộ ký tự của QĐ 20/2020/QĐ-TTg, Điều 4 khoản 1',
        en: 'Chiase applies the character set of QĐ 20/2020/QĐ-TTg Art. 4.1 to other-organisation identifiers too',
      }
    : { vi: 'QĐ 20/2020/QĐ-TTg, Điều 4 khoản 1', en: 'QĐ 20/2020/QĐ-TTg Art. 4.1' };
  if (/[a-z]/.test(value)) {
    const upper = value.toUpperCase();
    const fixVi = ALLOWED.test(upper) ? ` Hãy viết "${shown(upper)}".` : '';
    const fixEn = ALLOWED.test(upper) ? ` Write "${shown(upper)}".` : '';
    return failed(
      'agency_id.lowercase',
      `Mã định danh điện tử "${shown(value)}" có chữ thường; chỉ được dùng chữ in hoa A–Z (${cite.vi}).${fixVi}`,
      `Agency e-ID "${shown(value)}" contains lowercase letters; only capitals A–Z are allowed (${cite.en}).${fixEn}`,
    );
  }
  if (!ALLOWED.test(value)) {
    const index = [...value].findIndex((char) => !ALLOWED.test(char));
    const char = [...value][index] as string;
    const what = describeCharacter(char);
    return failed(
      'agency_id.characters',
      `Mã định danh điện tử "${shown(value)}" có ký tự không được phép ${what.vi} ở vị trí ${index + 1}: chỉ dùng chữ số 0–9, chữ in hoa A–Z không dấu và dấu chấm (${cite.vi}). Hãy bỏ hoặc sửa ký tự đó.`,
      `Agency e-ID "${shown(value)}" contains the character ${what.en} at position ${index + 1}, which is not allowed: use only digits 0–9, capitals A–Z without diacritics and dots (${cite.en}). Remove or replace that character.`,
    );
  }
  return isScheme ? checkOtherOrganisation(value) : checkAgency(value);
}

/**
 * Parses an agency e-ID into its kind and levels (see {@link checkAgencyId} for the rules).
 * Throws a {@link CodeError} with the specific reason, e.g. `agency_id.first_group`, when invalid.
 */
export function parseAgencyId(input: string): AgencyId {
  const result = checkAgencyId(input);
  if (!result.ok) throw new CodeError({ code: result.code, message: result.message });
  return result.value;
}
