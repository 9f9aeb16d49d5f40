import { DecodeError } from '../errors/decode-error';
import type { ChunkDecoder, ChunkDecoderOptions } from './chunk-decoder';
import tables from './data/legacy-tables.json';
import { codeUnitsToString } from './single-byte-output';
import { windows1252Table } from './windows-1252-table';

// TCVN3 (TCVN 5712:1993 VN3): letters at 0xA1–0xFE (data/legacy-tables.json); 0x00–0x9F read as
// Windows-1252 like Unikey does; the 22 unused bytes of 0xA0–0xFF are undecodable.
const DECODE = (() => {
  const table = windows1252Table();
  for (let b = 0xa0; b <= 0xff; b++) table[b] = -1;
  for (const [hex, char] of Object.entries(tables.tcvn3.byteToChar))
    table[Number.parseInt(hex, 16)] = char.charCodeAt(0);
  return table;
})();

const ENCODE = (() => {
  const map = new Map<number, number>();
  for (let b = 255; b >= 0; b--) {
    const cp = DECODE[b] as number;
    if (cp >= 0) map.set(cp, b);
  }
  return map;
})();

/**
 * Decodes TCVN3 (ABC, `.VnTime` fonts). A file has no way to mark capital toned letters (they
 * exist only through "H" fonts, which reuse the lowercase bytes), so they decode to lowercase.
 */
export class Tcvn3ChunkDecoder implements ChunkDecoder {
  readonly encoding = 'tcvn3' as const;
  private readonly fatal: boolean;
  private offset: number;
  private buffer = new Uint16Array(0);

  constructor(options: ChunkDecoderOptions = {}) {
    this.fatal = options.fatal ?? true;
    this.offset = options.startOffset ?? 0;
  }

  write(chunk: Uint8Array): string {
    if (this.buffer.length < chunk.length) this.buffer = new Uint16Array(chunk.length);
    const out = this.buffer;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i] as number;
      const cp = DECODE[b] as number;
      if (cp < 0) {
        if (this.fatal) throw new DecodeError({ encoding: 'tcvn3', byteOffset: this.offset + i, bytes: [b] });
        out[i] = 0xfffd;
      } else out[i] = cp;
    }
    this.offset += chunk.length;
    return codeUnitsToString(out, chunk.length);
  }

  end(): string {
    return '';
  }
}

/**
 * Encodes NFC text as TCVN3. Capital toned letters, which TCVN3 cannot represent, are written with
 * their lowercase byte (the H-font convention of Unikey and VBKey) when `capitals` is `'lowercase'`;
 * by default they and any other character outside TCVN3 throw a RangeError.
 */
export function encodeTcvn3(text: string, options: { capitals?: 'error' | 'lowercase' } = {}): Uint8Array {
  const source = text.normalize('NFC');
  const out = new Uint8Array(source.length);
  for (let i = 0; i < source.length; i++) {
    const cp = source.charCodeAt(i);
    let b = ENCODE.get(cp);
    if (b === undefined && options.capitals === 'lowercase')
      b = ENCODE.get(source[i]?.toLowerCase().charCodeAt(0) ?? -1);
    if (b === undefined) {
      throw new RangeError(
        `Character U+${cp.toString(16).toUpperCase().padStart(4, '0')} at index ${i} has no TCVN3 code`,
      );
    }
    out[i] = b;
  }
  return out;
}

/** True when every character of `text` (after NFC) has its own TCVN3 code, so it round-trips. */
export function isTcvn3Encodable(text: string): boolean {
  const source = text.normalize('NFC');
  for (let i = 0; i < source.length; i++) if (!ENCODE.has(source.charCodeAt(i))) return false;
  return true;
}
