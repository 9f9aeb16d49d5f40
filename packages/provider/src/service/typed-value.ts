import type { DataItem } from '@chiase/schema';
import type { FieldValue } from '../source/data-source';

/**
 * Reads a query-string value as the type its data item declares: integers and numbers as numbers,
 * booleans as `true`/`false`, everything else as text. Undefined when the text is not of that type
 * or the type cannot be compared (object, array, binary).
 */
export function typedValue(item: DataItem, text: string): FieldValue | undefined {
  switch (item.type) {
    case 'integer': {
      if (!/^-?\d{1,15}$/.test(text)) return undefined;
      return Number(text);
    }
    case 'number': {
      const value = Number(text);
      return text.trim() !== '' && Number.isFinite(value) ? value : undefined;
    }
    case 'boolean':
      return text === 'true' ? true : text === 'false' ? false : undefined;
    case 'object':
    case 'array':
    case 'binary':
      return undefined;
    default:
      return text;
  }
}
