import { datedCodeSchema } from './dated-code-schema';
import { checkDistrictCode } from './district-code';

/** zod schema of `{ code, at }`: a district code of a record dated before 2025-07-01. */
export const districtCodeSchema = datedCodeSchema(checkDistrictCode).describe(
  'District code (3 digits) and the date of its record; districts exist only before 2025-07-01',
);
