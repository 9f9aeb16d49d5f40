import * as z from 'zod';
import { shared } from './shared-definition';

/** An e-mail address (JSON Schema: `format: email` and zod's pattern). */
export const emailAddressSchema = shared(
  'EmailAddress',
  z.email().meta({
    description: 'Engineering: an e-mail address.',
  }),
);

/** An e-mail address (see {@link emailAddressSchema}). */
export type EmailAddress = z.infer<typeof emailAddressSchema>;
