import * as z from 'zod';
import { shared } from './shared-definition';

/**
 * A calendar date as an ISO 8601 string `YYYY-MM-DD` (e.g. `2025-08-19`), never a `Date` object, so
 * the schema exports to JSON Schema (`format: date`) unchanged. Documents write dates dd/mm/yyyy;
 * convert them before validation.
 */
export const isoDateSchema = shared(
  'IsoDate',
  z.iso.date().meta({
    description: 'Engineering: a calendar date in ISO 8601 form YYYY-MM-DD (e.g. 2025-08-19).',
  }),
);

/** A calendar date `YYYY-MM-DD` (see {@link isoDateSchema}). */
export type IsoDate = z.infer<typeof isoDateSchema>;
