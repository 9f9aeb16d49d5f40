import * as z from 'zod';
import { shared } from './shared-definition';

/** A SHA-256 digest as 64 lowercase hexadecimal digits. */
export const sha256Schema = shared(
  'Sha256',
  z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .meta({
      description: 'Engineering: a SHA-256 digest as 64 lowercase hexadecimal digits.',
    }),
);
