import * as z from 'zod';
import { isoDurationSchema } from './iso-duration';
import { localizedTextSchema } from './localized-text';
import { shared } from './shared-definition';

/**
 * How long data obtained from the service may be used (Decree 47/2020 Art. 41), by sharing method
 * (Art. 23.1): online data is valid on retrieval unless stated otherwise (41.2a); synchronised data
 * for a period from the last synchronisation (41.2b); packaged data within a time limit (41.2c).
 */
export const consumedDataValiditySchema = shared(
  'ConsumedDataValidity',
  z
    .discriminatedUnion('method', [
      z.strictObject({
        /** Decree 47/2020 Art. 23.1a, 41.2a: online connection. */
        method: z.literal('online').describe('Decree 47/2020 Art. 23.1a, 41.2a: online connection.'),
        /** Decree 47/2020 Art. 41.2a ("nếu không có quy định khác"): any other rule that applies. */
        note: localizedTextSchema
          .optional()
          .describe("Decree 47/2020 Art. 41.2a ('nếu không có quy định khác'): any other rule that applies."),
      }),
      z.strictObject({
        /** Decree 47/2020 Art. 23.1b, 41.2b: online synchronisation. */
        method: z
          .literal('synchronisation')
          .describe('Decree 47/2020 Art. 23.1b, 41.2b: online synchronisation.'),
        /** Decree 47/2020 Art. 41.2b: validity counted from the last synchronisation, e.g. P1D. */
        validFor: isoDurationSchema.describe(
          'Decree 47/2020 Art. 41.2b: validity counted from the last synchronisation, e.g. P1D.',
        ),
        /** Decree 47/2020 Art. 41.1: further conditions from the rules of use. */
        note: localizedTextSchema
          .optional()
          .describe('Decree 47/2020 Art. 41.1: further conditions from the rules of use.'),
      }),
      z.strictObject({
        /** Decree 47/2020 Art. 23.1c, 41.2c: packaged data on storage media. */
        method: z
          .literal('package')
          .describe('Decree 47/2020 Art. 23.1c, 41.2c: packaged data on storage media.'),
        /** Decree 47/2020 Art. 41.2c: the time limit within which the package may be used, e.g. P6M. */
        validFor: isoDurationSchema.describe(
          'Decree 47/2020 Art. 41.2c: the time limit within which the package may be used, e.g. P6M.',
        ),
        /** Decree 47/2020 Art. 41.1: further conditions from the rules of use. */
        note: localizedTextSchema
          .optional()
          .describe('Decree 47/2020 Art. 41.1: further conditions from the rules of use.'),
      }),
    ])
    .meta({
      description:
        'Decree 47/2020 Art. 41: how long data obtained through the service may be used, by sharing method.',
    }),
);

/** Validity of consumed data (see {@link consumedDataValiditySchema}). */
export type ConsumedDataValidity = z.infer<typeof consumedDataValiditySchema>;
