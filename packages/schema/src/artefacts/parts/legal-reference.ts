import * as z from 'zod';
import { httpUrlSchema } from './http-url';
import { plainTextSchema } from './plain-text';
import { shared } from './shared-definition';

/** A provision of a legal document, e.g. Nghị định 47/2020/NĐ-CP, Điều 35 khoản 3. */
export const legalReferenceSchema = shared(
  'LegalReference',
  z
    .strictObject({
      /** Engineering: the legal document, e.g. Nghị định 47/2020/NĐ-CP. */
      document: plainTextSchema.describe('Engineering: the legal document, e.g. Nghị định 47/2020/NĐ-CP.'),
      /** Engineering: the article, clause or point, e.g. Điều 35 khoản 3. */
      provision: plainTextSchema
        .optional()
        .describe('Engineering: the article, clause or point, e.g. Điều 35 khoản 3.'),
      /** Engineering: where the text can be read. */
      url: httpUrlSchema.optional().describe('Engineering: where the text can be read.'),
    })
    .meta({
      description: 'A legal document and, optionally, the provision within it.',
    }),
);

/** A legal reference (see {@link legalReferenceSchema}). */
export type LegalReference = z.infer<typeof legalReferenceSchema>;
