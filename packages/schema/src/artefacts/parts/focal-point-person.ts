import * as z from 'zod';
import { emailAddressSchema } from './email-address';
import { localizedTextSchema } from './localized-text';
import { phoneNumberSchema } from './phone-number';
import { plainTextSchema } from './plain-text';
import { shared } from './shared-definition';

/**
 * The official an agency names as its data-sharing focal point (cán bộ đầu mối), with what Decree
 * 47/2020 Art. 7.1 makes public (phone, e-mail, name, position and function) and the other lines of
 * form Mẫu 01 (Kiên Giang 1647/UBND-KGVX).
 */
export const focalPointPersonSchema = shared(
  'FocalPointPerson',
  z
    .strictObject({
      /** Decree 47/2020 Art. 7.1 (tên); Mẫu 01 "Họ và tên": the official's full name. */
      fullName: plainTextSchema.describe(
        "Decree 47/2020 Art. 7.1 (tên); Mẫu 01 'Họ và tên': the official's full name.",
      ),
      /** Decree 47/2020 Art. 7.1 (vị trí); Mẫu 01 "Chức vụ": the official's position. */
      position: plainTextSchema.describe(
        "Decree 47/2020 Art. 7.1 (vị trí); Mẫu 01 'Chức vụ': the official's position.",
      ),
      /** Decree 47/2020 Art. 7.1 (chức năng): the official's function in data sharing. */
      duties: localizedTextSchema
        .optional()
        .describe("Decree 47/2020 Art. 7.1 (chức năng): the official's function in data sharing."),
      /** Mẫu 01 "Đơn vị": the unit the official works in. */
      unit: plainTextSchema.optional().describe("Mẫu 01 'Đơn vị': the unit the official works in."),
      /** Mẫu 01 "Trình độ chuyên môn": the official's qualification (not required by Decree 47/2020). */
      qualification: plainTextSchema
        .optional()
        .describe(
          "Mẫu 01 'Trình độ chuyên môn': the official's qualification (not required by Decree 47/2020).",
        ),
      /** Decree 47/2020 Art. 7.1; Mẫu 01 "Số điện thoại": the public telephone number. */
      phone: phoneNumberSchema.describe(
        "Decree 47/2020 Art. 7.1; Mẫu 01 'Số điện thoại': the public telephone number.",
      ),
      /** Decree 47/2020 Art. 7.1; Mẫu 01 "Địa chỉ thư điện tử": the public e-mail address. */
      email: emailAddressSchema.describe(
        "Decree 47/2020 Art. 7.1; Mẫu 01 'Địa chỉ thư điện tử': the public e-mail address.",
      ),
    })
    .meta({
      description:
        'Decree 47/2020 Art. 7.1, Mẫu 01: the data-sharing focal point official and the contact details made public.',
    }),
);

/** The focal point official (see {@link focalPointPersonSchema}). */
export type FocalPointPerson = z.infer<typeof focalPointPersonSchema>;
