import * as z from 'zod';
import { checkedString } from '../validation/checked-string';
import { isCalendarDate } from './calendar-date';
import { checkPersonalId } from './personal-id';

/**
 * zod schema of a personal identification number checked on its own (see {@link checkPersonalId});
 * the value stays the string as written. To check it against a birth date use
 * {@link personalIdWithBirthDateSchema}.
 */
export const personalIdSchema = checkedString((value) => checkPersonalId(value)).describe(
  'Personal identification number (Decree 137/2015/NĐ-CP Art. 13): 12 digits',
);

/**
 * zod schema of `{ id, birthDate }`: a personal identification number whose century/sex digit and
 * birth year agree with the birth date (`YYYY-MM-DD`). A mismatch is reported on the `id` path.
 */
export const personalIdWithBirthDateSchema = z
  .object({
    id: z.string().describe('Personal identification number, 12 digits'),
    birthDate: z.iso.date().describe('Date of birth, YYYY-MM-DD'),
  })
  .superRefine((value, ctx) => {
    if (!isCalendarDate(value.birthDate)) return;
    const result = checkPersonalId(value.id, { birthDate: value.birthDate });
    if (!result.ok) {
      ctx.addIssue({
        code: 'custom',
        path: ['id'],
        input: value.id,
        message: result.message.en,
        params: { reason: result.code, vi: result.message.vi, en: result.message.en },
      });
    }
  })
  .describe('Personal identification number with the birth date it must agree with');
