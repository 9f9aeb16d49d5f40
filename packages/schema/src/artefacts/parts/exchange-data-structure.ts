import * as z from 'zod';
import { dataItemListSchema } from './data-item-list';
import { httpUrlSchema } from './http-url';
import { atLeastOneOf } from './key-presence';
import { plainTextSchema } from './plain-text';
import { shared } from './shared-definition';

/**
 * The exchange data structure (cấu trúc dữ liệu trao đổi, Decree 47/2020 Art. 3.2: the structure of
 * the data messages exchanged) of a service, Art. 24.3b: named data items with types, a JSON Schema,
 * or an XSD by URL (at least one), and the standards it complies with.
 */
export const exchangeDataStructureSchema = shared(
  'ExchangeDataStructure',
  atLeastOneOf(
    z.strictObject({
      /** Decree 47/2020 Art. 24.3b: the standards and technical regulations the structure complies with. */
      standards: z
        .array(plainTextSchema)
        .optional()
        .describe(
          'Decree 47/2020 Art. 24.3b: the standards and technical regulations the structure complies with.',
        ),
      /** Decree 47/2020 Art. 24.3b, 35.2d: the named data items of the message, with their types. */
      items: dataItemListSchema
        .optional()
        .describe('Decree 47/2020 Art. 24.3b, 35.2d: the named data items of the message, with their types.'),
      /** Decree 47/2020 Art. 24.3b: the structure as a JSON Schema document. */
      jsonSchema: z
        .record(z.string(), z.unknown())
        .optional()
        .describe('Decree 47/2020 Art. 24.3b: the structure as a JSON Schema document.'),
      /** Decree 47/2020 Art. 24.3b; TT 13/2017 (XML/XSD): where the XSD of the messages is published. */
      xsdUrl: httpUrlSchema
        .optional()
        .describe(
          'Decree 47/2020 Art. 24.3b; TT 13/2017 (XML/XSD): where the XSD of the messages is published.',
        ),
    }),
    ['items', 'jsonSchema', 'xsdUrl'],
  ).meta({
    description:
      'Decree 47/2020 Art. 3.2, 24.3b: the exchange data structure, as named data items, a JSON Schema or an XSD reference.',
  }),
);

/** An exchange data structure (see {@link exchangeDataStructureSchema}). */
export type ExchangeDataStructure = z.infer<typeof exchangeDataStructureSchema>;
