import type * as z from 'zod';
import { agencyIdSchema } from '../../codes/agency-id-schema';
import { shared } from './shared-definition';
import { verbatimCode } from './verbatim-code';

/**
 * JSON Schema projection of the agency e-ID rules of QĐ 20/2020/QĐ-TTg checked by `checkAgencyId`:
 * Art. 4 (≤ 35 characters of 0-9 A-Z ".", non-empty dot-separated groups, first group [A-Y] + 2
 * digits) or Art. 6 (Z01–Z99 then up to 32 characters, no separator after the scheme).
 */
export const AGENCY_ID_PATTERN =
  '^(?:(?=[0-9A-Z.]{1,35}$)[A-Y][0-9]{2}(?:\\.[0-9A-Z]+)*|Z(?:0[1-9]|[1-9][0-9])(?!\\.)[0-9A-Z.]{1,32})$';

/**
 * The agency electronic identifier of a state agency as stored in an artefact: `agencyIdSchema`
 * (QĐ 20/2020/QĐ-TTg Art. 4 and 6, with its precise bilingual errors), kept verbatim, with the
 * same rules as a JSON Schema `pattern` so that JSON Schema validators accept the same strings.
 */
export const agencyIdentifierSchema: z.ZodString = shared(
  'AgencyId',
  verbatimCode(agencyIdSchema, {
    vi: 'Mã định danh điện tử',
    en: 'Agency e-ID',
  }).meta({
    pattern: AGENCY_ID_PATTERN,
    description:
      'QĐ 20/2020/QĐ-TTg Art. 4 and 6: agency electronic identifier, e.g. H47.22 (≤ 35 characters of 0-9, A-Z and ".", first group [A-Y] + 2 digits; or Z01–Z99 + up to 32 characters).',
  }),
);
