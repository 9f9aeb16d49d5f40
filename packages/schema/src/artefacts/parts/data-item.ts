import * as z from 'zod';
import { dataItemCodeSchema } from './data-item-code';
import { localizedTextSchema } from './localized-text';
import { plainTextSchema } from './plain-text';
import { shared } from './shared-definition';

/** The value types a data item can have in an exchange data structure. */
export const dataItemTypeSchema = shared(
  'DataItemType',
  z.enum(['string', 'integer', 'number', 'boolean', 'date', 'date-time', 'object', 'array', 'binary']).meta({
    description: 'Decree 47/2020 Art. 24.3b: the value type of a data item in the exchange data structure.',
  }),
);

/**
 * One named data item (mục tin) of an exchange data structure (cấu trúc dữ liệu trao đổi, Decree
 * 47/2020 Art. 3.2 and 24.3b), with its type. Consumers name these items in a connection request
 * (Art. 35.2d).
 */
export const dataItemSchema = shared(
  'DataItem',
  z
    .strictObject({
      /** Decree 47/2020 Art. 24.3b: the machine name of the item in the exchange data structure. */
      code: dataItemCodeSchema.describe(
        'Decree 47/2020 Art. 24.3b: the machine name of the item in the exchange data structure.',
      ),
      /** Decree 47/2020 Art. 35.2d: the name consumers use to request the item. */
      name: localizedTextSchema.describe(
        'Decree 47/2020 Art. 35.2d: the name consumers use to request the item.',
      ),
      /** Decree 47/2020 Art. 24.3b: the value type of the item. */
      type: dataItemTypeSchema.describe('Decree 47/2020 Art. 24.3b: the value type of the item.'),
      /** Decree 47/2020 Art. 24.3b: what the item means, its unit or its format. */
      description: localizedTextSchema
        .optional()
        .describe('Decree 47/2020 Art. 24.3b: what the item means, its unit or its format.'),
      /** Decree 47/2020 Art. 24.3b: whether every message carries the item (default: not stated). */
      required: z
        .boolean()
        .optional()
        .describe('Decree 47/2020 Art. 24.3b: whether every message carries the item (default: not stated).'),
      /** Decree 47/2020 Art. 9.2: the common code list (danh mục dùng chung) the values come from. */
      codeList: plainTextSchema
        .optional()
        .describe(
          'Decree 47/2020 Art. 9.2: the common code list (danh mục dùng chung) the values come from.',
        ),
      /** Decree 47/2020 Art. 5.3: true when the item holds personal information, which needs protection. */
      personalData: z
        .boolean()
        .optional()
        .describe(
          'Decree 47/2020 Art. 5.3: true when the item holds personal information, which needs protection.',
        ),
    })
    .meta({
      description:
        'Decree 47/2020 Art. 3.2, 24.3b: a named data item of the exchange data structure, with its value type.',
    }),
);

/** A data item of an exchange data structure (see {@link dataItemSchema}). */
export type DataItem = z.infer<typeof dataItemSchema>;
