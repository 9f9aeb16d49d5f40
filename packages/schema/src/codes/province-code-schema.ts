import { checkedString } from '../validation/checked-string';
import { datedCodeSchema } from './dated-code-schema';
import { checkProvinceCode } from './province-code';

/**
 * zod schema of a province code in force today (see {@link checkProvinceCode}); the value stays the
 * string as written. For records with their own date use {@link datedProvinceCodeSchema}.
 */
export const provinceCodeSchema = checkedString((value) => checkProvinceCode(value)).describe(
  'Province code (2 digits) in force today: 34-province list from 2025-07-01 (QĐ 19/2025/QĐ-TTg)',
);

/** zod schema of `{ code, at }`: a province code checked against the list in force on `at`. */
export const datedProvinceCodeSchema = datedCodeSchema(checkProvinceCode).describe(
  'Province code (2 digits) and the date of its record: 63 provinces before 2025-07-01, 34 from then',
);
