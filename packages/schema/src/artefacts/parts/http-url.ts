import * as z from 'zod';
import { shared } from './shared-definition';

/** An absolute `http` or `https` URL with no whitespace (JSON Schema: `format: uri` and a pattern). */
export const httpUrlSchema = shared(
  'HttpUrl',
  z
    .url({ protocol: /^https?$/ })
    .regex(/^https?:\/\/[^\s/?#]+[^\s]*$/)
    .meta({
      description: 'Engineering: an absolute http or https URL.',
    }),
);

/** An http(s) URL (see {@link httpUrlSchema}). */
export type HttpUrl = z.infer<typeof httpUrlSchema>;
