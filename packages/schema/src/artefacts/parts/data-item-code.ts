import * as z from 'zod';
import { shared } from './shared-definition';

/**
 * The machine name of a data item (an element of the exchange data structure, Decree 47/2020
 * Art. 3.2), e.g. `maSoDoanhNghiep` or `ngay_cap`: a letter or `_`, then letters, digits, `_ . -`.
 */
export const dataItemCodeSchema = shared(
  'DataItemCode',
  z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_.-]{0,127}$/)
    .meta({
      description:
        'Engineering: machine name of a data item, e.g. maSoDoanhNghiep (a letter or _, then letters, digits, _ . -; up to 128 characters).',
    }),
);
