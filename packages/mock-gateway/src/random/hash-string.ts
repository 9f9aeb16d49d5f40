/**
 * FNV-1a hash of a string's UTF-16 code units, as an unsigned 32-bit integer. Used to derive an
 * independent PRNG stream per route or per fixture from one seed.
 */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Mixes a seed with a label into a new 32-bit seed, so each label gets its own stream. */
export function deriveSeed(seed: number, label: string): number {
  return (hashString(label) ^ Math.imul(seed >>> 0, 0x9e3779b1)) >>> 0;
}
