/**
 * Folds Vietnamese text for accent-insensitive search: NFD, combining marks removed, `đ` → `d`,
 * lower case. NFC and NFD input fold alike.
 */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/** Every string inside a JSON value, folded and joined by spaces (for free-text search). */
export function searchableText(value: unknown): string {
  const parts: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') parts.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(value);
  return foldText(parts.join(' '));
}
