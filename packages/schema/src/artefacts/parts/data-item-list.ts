import * as z from 'zod';
import { type DataItem, dataItemSchema } from './data-item';
import { addRefinementIssue } from './refinement-issue';

/**
 * A non-empty list of data items whose codes are unique (a rule JSON Schema cannot express:
 * `uniqueItems` compares whole items, not one property).
 */
export const dataItemListSchema = z
  .array(dataItemSchema)
  .min(1)
  .superRefine((items: DataItem[], ctx) => {
    const seen = new Map<string, number>();
    items.forEach((item, index) => {
      const first = seen.get(item.code);
      if (first === undefined) {
        seen.set(item.code, index);
        return;
      }
      addRefinementIssue(ctx, {
        path: [index, 'code'],
        reason: 'data_item.duplicate_code',
        vi: `Mã mục tin "${item.code}" bị trùng với mục tin thứ ${first + 1}; mỗi mục tin phải có mã riêng.`,
        en: `Data item code "${item.code}" repeats item ${first + 1}; every data item needs its own code.`,
      });
    });
  });
