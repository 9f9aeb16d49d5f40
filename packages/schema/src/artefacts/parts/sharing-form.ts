import * as z from 'zod';
import { shared } from './shared-definition';

/**
 * The form (hình thức) under which data is shared, Decree 47/2020 Art. 3.4–3.6, 11.4d and 23.4:
 * - `open`: open data, published for anyone to use freely (Art. 3.4; Art. 17–21 were repealed by
 *   Decree 194/2025 from 2025-08-19, the practice continues under the Law on Data);
 * - `default`: default sharing, prepared services with standardised data for many agencies (Art. 3.5);
 * - `on-request`: sharing on specific request, agreed case by case (Art. 3.6, Art. 36–39).
 */
export const sharingFormSchema = shared(
  'SharingForm',
  z.enum(['open', 'default', 'on-request']).meta({
    description:
      'Decree 47/2020 Art. 3.4–3.6: open data (open), default sharing (default) or sharing on specific request (on-request).',
  }),
);

/** A form of sharing (see {@link sharingFormSchema}). */
export type SharingForm = z.infer<typeof sharingFormSchema>;
