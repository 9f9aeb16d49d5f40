// Public surface of `@chiase/schema/codes`: the Vietnamese code checks and the errors they use,
// with no zod. Import this entry where zod's weight matters (a worker thread, a browser bundle);
// the zod schemas of the same codes are in the root entry.

export { ChiaseError, type ChiaseErrorOptions } from '../errors/chiase-error';
export type { Language, LocalizedMessage } from '../errors/localized-message';
export { type CheckResult, failed, passed } from '../validation/check-result';

export {
  type AdministrativeLevel,
  type AdministrativePeriod,
  administrativeLevelsAt,
  administrativePeriodAt,
  DISTRICTS_ABOLISHED_FROM,
} from './administrative-levels';
export { type AgencyId, checkAgencyId, parseAgencyId } from './agency-id';
export { CodeError } from './code-error';
export { checkCommuneCode } from './commune-code';
export {
  checkDistrictCode,
  type DistrictCode,
  type DistrictCodeOptions,
} from './district-code';
export {
  checkEthnicGroupCode,
  DEFAULT_ETHNIC_GROUP_LIST_VERSION,
  type EthnicGroup,
  type EthnicGroupList,
  type EthnicGroupOptions,
  ethnicGroupByName,
  ethnicGroupLists,
  ethnicGroupName,
  ethnicGroups,
} from './ethnic-group';
export {
  checkPersonalId,
  type PersonalId,
  type PersonalIdOptions,
  parsePersonalId,
  personalIdCenturyDigit,
  type Sex,
} from './personal-id';
export {
  checkProvinceCode,
  mapProvinceCode,
  PROVINCE_LIST_2025_FROM,
  type Province,
  type ProvinceCodeOptions,
  provinceAt,
  provinceName,
  provincePredecessors,
  provinceSuccessor,
  provincesAt,
} from './province-code';
export { checkTaxCode, type TaxCode, taxCodeCheckDigit } from './tax-code';
