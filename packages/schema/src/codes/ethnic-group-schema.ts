import * as z from 'zod';
import { checkedString } from '../validation/checked-string';
import { checkEthnicGroupCode } from './ethnic-group';

/** zod schema of an ethnic group code of the default list version (see {@link checkEthnicGroupCode}). */
export const ethnicGroupCodeSchema = checkedString((value) => checkEthnicGroupCode(value)).describe(
  'Ethnic group code (2 digits) of the 1979 list, QĐ 121-TCTK/PPCĐ',
);

/**
 * zod schema of an ethnic group as it should be stored: `{ code, listVersion }`. The code is checked
 * against that version of the list; a problem is reported on the `code` path, or on `listVersion`
 * for a version that is not bundled.
 */
export const ethnicGroupSchema = z
  .object({
    code: z.string().describe('Ethnic group code, 2 digits'),
    listVersion: z
      .string()
      .describe('Version of the ethnic group code list the code belongs to, e.g. "1979"'),
  })
  .superRefine((value, ctx) => {
    const result = checkEthnicGroupCode(value.code, { listVersion: value.listVersion });
    if (!result.ok) {
      const onVersion = result.code === 'ethnic_group.list_version';
      ctx.addIssue({
        code: 'custom',
        path: [onVersion ? 'listVersion' : 'code'],
        input: onVersion ? value.listVersion : value.code,
        message: result.message.en,
        params: { reason: result.code, vi: result.message.vi, en: result.message.en },
      });
    }
  })
  .describe('Ethnic group code with the version of the code list it belongs to');
