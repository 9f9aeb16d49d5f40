import * as z from 'zod';
import { plainTextSchema } from './plain-text';
import { shared } from './shared-definition';

/**
 * Text published in Vietnamese and, where the agency provides it, in English. Vietnamese is the
 * language of the official record; English helps DCAT-AP export (`@language` tagged literals).
 */
export const localizedTextSchema = shared(
  'LocalizedText',
  z
    .strictObject({
      /** Engineering: the Vietnamese text (the official language of the record). */
      vi: plainTextSchema.describe('Engineering: the Vietnamese text (the official language of the record).'),
      /** Engineering: the English text, where the agency provides one. */
      en: plainTextSchema
        .optional()
        .describe('Engineering: the English text, where the agency provides one.'),
    })
    .meta({
      description:
        'Engineering: text in Vietnamese (required) and English (optional), each trimmed and in NFC.',
    }),
);

/** Text in Vietnamese and, optionally, English (see {@link localizedTextSchema}). */
export type LocalizedText = z.infer<typeof localizedTextSchema>;
