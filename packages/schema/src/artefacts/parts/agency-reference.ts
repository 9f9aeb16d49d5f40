import * as z from 'zod';
import { agencyIdentifierSchema } from './agency-identifier';
import { plainTextSchema } from './plain-text';
import { shared } from './shared-definition';

/** A state agency named by its electronic identifier and its name. */
export const agencyReferenceSchema = shared(
  'AgencyReference',
  z
    .strictObject({
      /** QĐ 20/2020/QĐ-TTg Art. 4 and 6: the agency electronic identifier, e.g. H47.22. */
      id: agencyIdentifierSchema.describe(
        'QĐ 20/2020/QĐ-TTg Art. 4 and 6: the agency electronic identifier, e.g. H47.22.',
      ),
      /** Engineering: the official name of the agency, e.g. Sở Khoa học và Công nghệ tỉnh Kiên Giang. */
      name: plainTextSchema.describe(
        'Engineering: the official name of the agency, e.g. Sở Khoa học và Công nghệ tỉnh Kiên Giang.',
      ),
    })
    .meta({
      description: 'A state agency: its electronic identifier (QĐ 20/2020/QĐ-TTg) and its name.',
    }),
);

/** A state agency by e-ID and name (see {@link agencyReferenceSchema}). */
export type AgencyReference = z.infer<typeof agencyReferenceSchema>;
