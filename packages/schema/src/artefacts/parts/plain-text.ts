import * as z from 'zod';
import { shared } from './shared-definition';

/**
 * Free text in an artefact: trimmed, normalised to Unicode NFC (the same Vietnamese word can arrive
 * as NFC or NFD) and containing at least one non-space character. The trimming and normalisation
 * happen on parse and do not change the JSON Schema, which keeps the non-blank rule as a pattern.
 */
export const plainTextSchema = shared(
  'PlainText',
  z.string().trim().normalize('NFC').min(1).regex(/\S/).meta({
    description:
      'Engineering: free text, trimmed and normalised to Unicode NFC on parse; must contain a non-space character.',
  }),
);

/** Free text (see {@link plainTextSchema}). */
export type PlainText = z.infer<typeof plainTextSchema>;
