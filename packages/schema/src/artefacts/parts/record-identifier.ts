import * as z from 'zod';
import { shared } from './shared-definition';

/**
 * The identifier of a record kept by a platform or an agency (a catalogue entry, a request, an
 * agreement, a log entry…). No text fixes its form: Chiase accepts letters, digits and `. _ : / -`,
 * up to 128 characters, starting and ending with a letter or digit, e.g. `YC-2025-000123`.
 */
export const recordIdentifierSchema = shared(
  'RecordId',
  z
    .string()
    .regex(/^[A-Za-z0-9](?:[A-Za-z0-9._:/-]{0,126}[A-Za-z0-9])?$/)
    .meta({
      description:
        'Chiase extension: identifier of a record (letters, digits and . _ : / -, up to 128 characters), e.g. YC-2025-000123.',
    }),
);
