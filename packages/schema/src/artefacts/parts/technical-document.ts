import * as z from 'zod';
import { httpUrlSchema } from './http-url';
import { exactlyOneOf } from './key-presence';
import { localizedTextSchema } from './localized-text';
import { shared } from './shared-definition';

/**
 * A technical document of a service (Decree 47/2020 Art. 24.2 and 24.3a: the technical documents
 * needed to access the data), given by URL or inline, e.g. an OpenAPI document or a WSDL.
 */
export const technicalDocumentSchema = shared(
  'TechnicalDocument',
  exactlyOneOf(
    z.strictObject({
      /** Decree 47/2020 Art. 24.3a: the kind of document (openapi, wsdl, xsd, guide, other). */
      kind: z
        .enum(['openapi', 'wsdl', 'xsd', 'guide', 'other'])
        .describe('Decree 47/2020 Art. 24.3a: the kind of document (openapi, wsdl, xsd, guide, other).'),
      /** Chiase extension: the document's title. */
      title: localizedTextSchema.optional().describe("Chiase extension: the document's title."),
      /** Decree 47/2020 Art. 24.3a: where to download the document (give url or content). */
      url: httpUrlSchema
        .optional()
        .describe('Decree 47/2020 Art. 24.3a: where to download the document (give url or content).'),
      /** Decree 47/2020 Art. 24.3a: the document itself, inline (give url or content). */
      content: z
        .string()
        .min(1)
        .optional()
        .describe('Decree 47/2020 Art. 24.3a: the document itself, inline (give url or content).'),
      /** Chiase extension: the media type, e.g. application/vnd.oai.openapi+json or text/xml. */
      mediaType: z
        .string()
        .regex(/^[a-z]+\/[a-z0-9.+-]+$/)
        .optional()
        .describe('Chiase extension: the media type, e.g. application/vnd.oai.openapi+json or text/xml.'),
    }),
    ['url', 'content'],
  ).meta({
    description: 'Decree 47/2020 Art. 24.2, 24.3a: a technical document of a service, by URL or inline.',
  }),
);

/** A technical document (see {@link technicalDocumentSchema}). */
export type TechnicalDocument = z.infer<typeof technicalDocumentSchema>;
