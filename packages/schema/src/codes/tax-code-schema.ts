import { checkedString } from '../validation/checked-string';
import { checkTaxCode } from './tax-code';

/** zod schema of a tax code (see {@link checkTaxCode}); the value stays the string as written. */
export const taxCodeSchema = checkedString(checkTaxCode).describe(
  'Enterprise / tax code: 10 digits, or NNNNNNNNNN-NNN, with the TT 105/2020 check digit',
);
