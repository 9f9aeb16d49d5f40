import { checkedString } from '../validation/checked-string';
import { checkAgencyId } from './agency-id';

/** zod schema of an agency e-ID (see {@link checkAgencyId}); the value stays the string as written. */
export const agencyIdSchema = checkedString(checkAgencyId).describe(
  'Agency electronic identifier (QĐ 20/2020/QĐ-TTg): up to 35 characters of 0-9, A-Z and ".", first group [A-Y] + 2 digits, or Z01–Z99 + up to 32 characters',
);
