const SLICE = 4096;

/** Builds a string from UTF-16 code units without one call per character. */
export function codeUnitsToString(units: Uint16Array, length: number): string {
  let out = '';
  for (let start = 0; start < length; start += SLICE) {
    const end = Math.min(length, start + SLICE);
    out += String.fromCharCode.apply(null, units.subarray(start, end) as unknown as number[]);
  }
  return out;
}
