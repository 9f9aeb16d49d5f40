import * as z from 'zod';
import { emailAddressSchema } from './email-address';
import { httpUrlSchema } from './http-url';
import { atLeastOneOf } from './key-presence';
import { phoneNumberSchema } from './phone-number';
import { plainTextSchema } from './plain-text';
import { shared } from './shared-definition';

/**
 * A contact (a person or a desk) with at least an e-mail address or a telephone number, e.g. the
 * "Thông tin liên hệ" of Mẫu 02 or the feedback contact of open data (former Decree 47/2020 Art. 19.2).
 */
export const contactSchema = shared(
  'Contact',
  atLeastOneOf(
    z.strictObject({
      /** Engineering: the name of the person or desk to contact. */
      name: plainTextSchema.describe('Engineering: the name of the person or desk to contact.'),
      /** Engineering: the unit the contact belongs to, e.g. Phòng Công nghệ thông tin. */
      unit: plainTextSchema
        .optional()
        .describe('Engineering: the unit the contact belongs to, e.g. Phòng Công nghệ thông tin.'),
      /** Engineering: the contact's e-mail address; an e-mail or a phone number is required. */
      email: emailAddressSchema
        .optional()
        .describe("Engineering: the contact's e-mail address; an e-mail or a phone number is required."),
      /** Engineering: the contact's telephone number; an e-mail or a phone number is required. */
      phone: phoneNumberSchema
        .optional()
        .describe("Engineering: the contact's telephone number; an e-mail or a phone number is required."),
      /** Engineering: a web page or form for contact. */
      url: httpUrlSchema.optional().describe('Engineering: a web page or form for contact.'),
    }),
    ['email', 'phone'],
  ).meta({
    description: 'A contact with a name and at least an e-mail address or a telephone number.',
  }),
);

/** A contact (see {@link contactSchema}). */
export type Contact = z.infer<typeof contactSchema>;
