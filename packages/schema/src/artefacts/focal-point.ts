import * as z from 'zod';
import { agencyReferenceSchema } from './parts/agency-reference';
import { focalPointPersonSchema } from './parts/focal-point-person';
import { httpUrlSchema } from './parts/http-url';
import { isoDateSchema } from './parts/iso-date';
import { isoDateTimeSchema } from './parts/iso-date-time';

/**
 * The data-sharing focal point of an agency (đầu mối, Decree 47/2020 Art. 7.1–7.2): the official it
 * names, with the details it must make public, as reported on form Mẫu 01 (Kiên Giang 1647/UBND-KGVX).
 */
export const focalPointSchema = z
  .strictObject({
    /** Decree 47/2020 Art. 7.1; QĐ 20/2020/QĐ-TTg Art. 4: the agency that names the focal point. */
    agency: agencyReferenceSchema.describe(
      'Decree 47/2020 Art. 7.1; QĐ 20/2020/QĐ-TTg Art. 4: the agency that names the focal point.',
    ),
    /** Decree 47/2020 Art. 7.1; Mẫu 01: the official and the contact details made public. */
    person: focalPointPersonSchema.describe(
      'Decree 47/2020 Art. 7.1; Mẫu 01: the official and the contact details made public.',
    ),
    /** Decree 47/2020 Art. 7.1 (chỉ định): the date the official was named (Chiase extension). */
    appointedOn: isoDateSchema
      .optional()
      .describe('Decree 47/2020 Art. 7.1 (chỉ định): the date the official was named (Chiase extension).'),
    /** Decree 47/2020 Art. 7.2: where the focal point information is published. */
    publishedUrl: httpUrlSchema
      .optional()
      .describe('Decree 47/2020 Art. 7.2: where the focal point information is published.'),
    /** Chiase extension: when this record was last changed. */
    updatedAt: isoDateTimeSchema.optional().describe('Chiase extension: when this record was last changed.'),
  })
  .meta({
    title: 'FocalPoint',
    description:
      "Decree 47/2020 Art. 7.1–7.2, Mẫu 01: an agency's data-sharing focal point (name, position and function, telephone, e-mail).",
  });

/** A focal point (see {@link focalPointSchema}). */
export type FocalPoint = z.infer<typeof focalPointSchema>;
