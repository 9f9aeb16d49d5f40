import * as z from 'zod';
import { shared } from './shared-definition';

/**
 * A length of time as an ISO 8601 duration, e.g. `P30D` (30 days), `P6M` (6 months), `PT12H`: at least
 * one component, the time part after `T`. Kept as a string so the schema exports to JSON Schema.
 */
export const isoDurationSchema = shared(
  'IsoDuration',
  z
    .string()
    .regex(/^P(?!$)(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+S)?)?$/)
    .meta({
      description: 'Engineering: a length of time as an ISO 8601 duration, e.g. P30D, P6M or PT12H.',
    }),
);

/** An ISO 8601 duration (see {@link isoDurationSchema}). */
export type IsoDuration = z.infer<typeof isoDurationSchema>;
