/**
 * Code point of every byte read as Windows-1252 (the WHATWG table), with -1 for the five bytes
 * the code page leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D). TCVN3 and VNI files are written by
 * Windows programs whose bytes outside the Vietnamese letters are Windows-1252 symbols.
 */
export function windows1252Table(): Int32Array {
  const table = new Int32Array(256);
  const all = new Uint8Array(256);
  for (let b = 0; b < 256; b++) all[b] = b;
  const text = new TextDecoder('windows-1252').decode(all);
  for (let b = 0; b < 256; b++) {
    const cp = text.charCodeAt(b);
    table[b] = b >= 0x80 && b <= 0x9f && cp === b ? -1 : cp;
  }
  return table;
}
