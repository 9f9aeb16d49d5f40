import * as z from 'zod';
import { shared } from './shared-definition';

/**
 * A telephone number as published (Decree 47/2020 Art. 7.1 requires the focal point's number to be
 * public): 8 to 12 digits, optionally starting with `+`, with spaces, dots, dashes or parentheses
 * as written in official letters, e.g. `0297 3862 678`, `(0297) 3.862.678`, `+84 912 345 678`.
 */
export const phoneNumberSchema = shared(
  'PhoneNumber',
  z
    .string()
    .regex(/^(?=(?:\D*\d){8,12}\D*$)\+?[0-9(][0-9 .()-]*[0-9]$/)
    .meta({
      description:
        'Engineering: a telephone number of 8 to 12 digits, optionally starting with +, with spaces, dots, dashes or parentheses.',
    }),
);

/** A telephone number (see {@link phoneNumberSchema}). */
export type PhoneNumber = z.infer<typeof phoneNumberSchema>;
