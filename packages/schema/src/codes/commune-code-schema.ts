import { checkedString } from '../validation/checked-string';
import { checkCommuneCode } from './commune-code';

/** zod schema of a commune code (format only, see {@link checkCommuneCode}). */
export const communeCodeSchema = checkedString(checkCommuneCode).describe(
  'Commune code: 5 digits (format only; no commune list is bundled)',
);
