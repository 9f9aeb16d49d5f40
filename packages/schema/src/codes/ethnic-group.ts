import { type CheckResult, failed, passed } from '../validation/check-result';
import data from './data/ethnic-groups.json';

/** A version of the ethnic-group code list, with where it comes from. */
export interface EthnicGroupList {
  /** Version key stored beside each code, e.g. `"1979"`. */
  version: string;
  /** Title of the list (`"Danh mục các dân tộc Việt Nam"`). */
  name: string;
  /** The decision that issued it (`Quyết định số 121-TCTK/PPCĐ ngày 02/03/1979 …`). */
  legalBasis: string;
  /** First day the list applies, `YYYY-MM-DD`. */
  effectiveFrom: string;
}

/** An ethnic group of a given list version. */
export interface EthnicGroup {
  /** The 2-digit code, as a string (`"01"`). */
  code: string;
  /** The name in Vietnamese, as spelled in the list (`"Khơ-me"`). */
  name: string;
  /** Other spellings seen in public systems (`["Khmer"]`). */
  nameVariants: string[];
  /** The list version the code belongs to. */
  listVersion: string;
}

/** Options of the ethnic-group functions. */
export interface EthnicGroupOptions {
  /** The list version the code belongs to (default {@link DEFAULT_ETHNIC_GROUP_LIST_VERSION}). */
  listVersion?: string;
}

const LISTS = new Map(
  data.lists.map((list) => [
    list.version,
    {
      list: {
        version: list.version,
        name: list.name,
        legalBasis: list.legal_basis,
        effectiveFrom: list.effective_from,
      } satisfies EthnicGroupList,
      groups: new Map<string, EthnicGroup>(
        list.groups.map((g) => [
          g.code,
          {
            code: g.code,
            name: g.name,
            nameVariants: [...(g.name_variants_seen ?? [])],
            listVersion: list.version,
          },
        ]),
      ),
    },
  ]),
);

/**
 * The list version used when none is given: the 54-group list of QĐ 121-TCTK/PPCĐ (02/03/1979),
 * the only version Chiase bundles (see `data/ethnic-groups.json` for what is missing).
 */
export const DEFAULT_ETHNIC_GROUP_LIST_VERSION = '1979';

/** Every bundled list version with its legal basis and effective date. */
export function ethnicGroupLists(): EthnicGroupList[] {
  return [...LISTS.values()].map((entry) => ({ ...entry.list }));
}

/** Every group of a list version in code order, or `undefined` for a version that is not bundled. */
export function ethnicGroups(options: EthnicGroupOptions = {}): EthnicGroup[] | undefined {
  const entry = LISTS.get(options.listVersion ?? DEFAULT_ETHNIC_GROUP_LIST_VERSION);
  return entry && [...entry.groups.values()].map((g) => ({ ...g, nameVariants: [...g.nameVariants] }));
}

/**
 * Checks an ethnic group code (2 digits, kept as a string) against a version of the code list.
 * Always store a code with its list version: lists disagree on the same code (DOMAIN.md: on 04–06 a
 * later statistics list has 04 Mường, 05 Khmer, 06 Hoa where the 1979 list has 04 Hoa, 05 Khơ-me,
 * 06 Mường). Only the 1979 list (QĐ 121-TCTK/PPCĐ) is bundled; any other version fails with
 * `ethnic_group.list_version` rather than being checked against the wrong list.
 */
export function checkEthnicGroupCode(
  input: string,
  options: EthnicGroupOptions = {},
): CheckResult<EthnicGroup> {
  const version = options.listVersion ?? DEFAULT_ETHNIC_GROUP_LIST_VERSION;
  const entry = LISTS.get(version);
  if (!entry) {
    const known = [...LISTS.keys()].map((v) => `"${v}"`).join(', ');
    return failed(
      'ethnic_group.list_version',
      `Phiên bản danh mục dân tộc "${version}" không có trong Chiase (có: ${known}). Mã dân tộc chỉ có nghĩa trong danh mục của nó, nên không thể kiểm tra mã theo một danh mục khác.`,
      `Ethnic group list version "${version}" is not bundled with Chiase (available: ${known}). An ethnic group code only has meaning within its own list, so it cannot be checked against another one.`,
    );
  }
  const value = input.trim();
  if (!/^\d{2}$/.test(value)) {
    const hintVi = /^\d$/.test(value) ? ` Hãy giữ số 0 ở đầu: "0${value}".` : '';
    const hintEn = /^\d$/.test(value) ? ` Keep the leading zero: "0${value}".` : '';
    return failed(
      'ethnic_group.format',
      `Mã dân tộc phải gồm đúng 2 chữ số, lưu dạng chuỗi (ví dụ "01" Kinh); nhận được "${value}".${hintVi}`,
      `An ethnic group code has exactly 2 digits, kept as a string (e.g. "01" Kinh); got "${value}".${hintEn}`,
    );
  }
  const group = entry.groups.get(value);
  if (!group) {
    const size = entry.groups.size;
    const last = String(size).padStart(2, '0');
    const foreign =
      value === '55'
        ? {
            vi: ' Một số hệ thống dùng mã 55 cho người nước ngoài; đó không phải mã dân tộc trong danh mục này.',
            en: ' Some systems use 55 for foreigners; it is not an ethnic group code of this list.',
          }
        : { vi: '', en: '' };
    return failed(
      'ethnic_group.unknown',
      `Mã dân tộc "${value}" không có trong ${entry.list.name} phiên bản ${version} (${entry.list.legalBasis}), gồm ${size} dân tộc mã từ 01 đến ${last}.${foreign.vi}`,
      `Ethnic group code "${value}" is not in list version ${version} (${entry.list.legalBasis}), which has ${size} groups coded 01 to ${last}.${foreign.en}`,
    );
  }
  return passed({ ...group, nameVariants: [...group.nameVariants] });
}

/** The Vietnamese name of an ethnic group code in a list version, or `undefined` when not found. */
export function ethnicGroupName(code: string, options: EthnicGroupOptions = {}): string | undefined {
  const result = checkEthnicGroupCode(code, options);
  return result.ok ? result.value.name : undefined;
}

function nameKey(name: string): string {
  return name
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/[\s'’-]+/g, '');
}

/**
 * Finds an ethnic group by its Vietnamese name in a list version, ignoring case, spaces, hyphens
 * and apostrophes and accepting NFC or NFD input and the variants seen in public systems
 * (`"Khmer"`, `"H'Mông"` → 05, 08 in the 1979 list). Diacritics matter: `"Thai"` is not `"Thái"`.
 */
export function ethnicGroupByName(name: string, options: EthnicGroupOptions = {}): EthnicGroup | undefined {
  const key = nameKey(name);
  return ethnicGroups(options)?.find((g) => [g.name, ...g.nameVariants].some((n) => nameKey(n) === key));
}
