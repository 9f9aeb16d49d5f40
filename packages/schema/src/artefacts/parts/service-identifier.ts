import * as z from 'zod';
import { shared } from './shared-definition';

/**
 * The identifier of a data-sharing service. Decree 47/2020 Art. 35.2đ has a consumer quote the
 * service's identifier (mã định danh) in a connection request, so every service has one; no text
 * fixes its form, so Chiase accepts letters, digits and `. _ : / -`, up to 128 characters, starting
 * and ending with a letter or digit, e.g. `H47.22.DKDN.TRACUU` or `dldc-quocgia`.
 */
export const serviceIdentifierSchema = shared(
  'ServiceId',
  z
    .string()
    .regex(/^[A-Za-z0-9](?:[A-Za-z0-9._:/-]{0,126}[A-Za-z0-9])?$/)
    .meta({
      description:
        'Decree 47/2020 Art. 35.2đ: identifier of a data-sharing service (form set by Chiase: letters, digits and . _ : / -, up to 128 characters).',
    }),
);
