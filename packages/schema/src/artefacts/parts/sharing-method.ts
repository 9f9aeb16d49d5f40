import * as z from 'zod';
import { shared } from './shared-definition';

/**
 * The method (phương thức) of sharing, Decree 47/2020 Art. 23.1, which Art. 41.2 uses to set how long
 * consumed data stays valid:
 * - `online`: online connection between the provider's and the consumer's systems (Art. 23.1a);
 * - `synchronisation`: online synchronisation of all or part of the data between databases (Art. 23.1b);
 * - `package`: packaged data kept on storage media (Art. 23.1c).
 */
export const sharingMethodSchema = shared(
  'SharingMethod',
  z.enum(['online', 'synchronisation', 'package']).meta({
    description:
      'Decree 47/2020 Art. 23.1: online connection (a, online), online synchronisation (b, synchronisation) or packaged data on storage media (c, package).',
  }),
);

/** A method of sharing (see {@link sharingMethodSchema}). */
export type SharingMethod = z.infer<typeof sharingMethodSchema>;
