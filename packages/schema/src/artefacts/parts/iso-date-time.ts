import * as z from 'zod';
import { shared } from './shared-definition';

/**
 * An instant as an ISO 8601 / RFC 3339 string with seconds and an explicit offset, e.g.
 * `2025-08-19T08:30:00+07:00` or `2025-08-19T01:30:00Z`. Seconds are required so that zod and JSON
 * Schema `format: date-time` (RFC 3339) accept exactly the same strings.
 */
export const isoDateTimeSchema = shared(
  'IsoDateTime',
  z.iso
    .datetime({ offset: true })
    .regex(/T\d\d:\d\d:\d\d/)
    .meta({
      description:
        'Engineering: an instant in ISO 8601 / RFC 3339 form with seconds and an offset, e.g. 2025-08-19T08:30:00+07:00.',
    }),
);

/** An ISO 8601 date-time with offset (see {@link isoDateTimeSchema}). */
export type IsoDateTime = z.infer<typeof isoDateTimeSchema>;
