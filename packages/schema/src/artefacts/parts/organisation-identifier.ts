import type * as z from 'zod';
import { checkAgencyId } from '../../codes/agency-id';
import { checkTaxCode } from '../../codes/tax-code';
import { checkedString } from '../../validation/checked-string';
import { AGENCY_ID_PATTERN } from './agency-identifier';
import { shared } from './shared-definition';
import { verbatimCode } from './verbatim-code';

const ENTERPRISE_CODE_PATTERN = '^[0-9]{10}(?:-[0-9]{3})?$';

/**
 * The electronic identifier of any organisation that connects (QĐ 20/2020/QĐ-TTg): a state agency's
 * e-ID (Art. 4, 6; checked by `checkAgencyId`) or, for an enterprise, cooperative or household
 * business, its enterprise code (Art. 5; checked by `checkTaxCode`, with the TT 105/2020 check
 * digit). A value starting with a digit is taken as an enterprise code. JSON Schema gets both forms
 * as one pattern; the tax-code check digit stays a zod-only rule.
 */
export const organisationIdentifierSchema: z.ZodString = shared(
  'OrganisationId',
  verbatimCode(
    checkedString((value) => (/^\s*\d/.test(value) ? checkTaxCode(value) : checkAgencyId(value))),
    { vi: 'Mã định danh', en: 'Identifier' },
  ).meta({
    pattern: `^(?:${AGENCY_ID_PATTERN.slice(1, -1)}|${ENTERPRISE_CODE_PATTERN.slice(1, -1)})$`,
    description:
      'QĐ 20/2020/QĐ-TTg Art. 4–6: electronic identifier of an organisation: an agency e-ID such as H47.22, or the enterprise code of an enterprise such as 0100109106 (Art. 5).',
  }),
);
