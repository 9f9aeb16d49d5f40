import * as z from 'zod';
import { organisationIdentifierSchema } from './organisation-identifier';
import { plainTextSchema } from './plain-text';
import { shared } from './shared-definition';

/**
 * Any organisation that connects or requests data: a state agency, or an organisation such as an
 * enterprise (Decree 47/2020 Art. 2 and 6.4 extend connection to organisations and individuals).
 */
export const organisationReferenceSchema = shared(
  'OrganisationReference',
  z
    .strictObject({
      /** QĐ 20/2020/QĐ-TTg Art. 4–6: agency e-ID (e.g. H47.22) or enterprise code (e.g. 0100109106). */
      id: organisationIdentifierSchema.describe(
        'QĐ 20/2020/QĐ-TTg Art. 4–6: agency e-ID (e.g. H47.22) or enterprise code (e.g. 0100109106).',
      ),
      /** Engineering: the official name of the organisation. */
      name: plainTextSchema.describe('Engineering: the official name of the organisation.'),
    })
    .meta({
      description:
        'An organisation (state agency or enterprise): its electronic identifier (QĐ 20/2020/QĐ-TTg) and its name.',
    }),
);

/** An organisation by identifier and name (see {@link organisationReferenceSchema}). */
export type OrganisationReference = z.infer<typeof organisationReferenceSchema>;
