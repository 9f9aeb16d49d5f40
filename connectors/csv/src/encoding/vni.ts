import { DecodeError } from '../errors/decode-error';
import type { ChunkDecoder, ChunkDecoderOptions } from './chunk-decoder';
import tables from './data/legacy-tables.json';
import { codeUnitsToString } from './single-byte-output';
import { windows1252Table } from './windows-1252-table';

// VNI-Windows (data/legacy-tables.json): a letter is one byte, or a base letter followed by a mark
// byte. Decoding is greedy, two bytes before one (Unikey DoubleByteCharset::nextInput); any other
// byte is its Windows-1252 character.
const SINGLE = windows1252Table();
const PAIRS = new Map<number, number>();
const IS_BASE = new Uint8Array(256);
for (const [hex, char] of Object.entries(tables.vni.sequences)) {
  const cp = char.charCodeAt(0);
  if (hex.length === 2) SINGLE[Number.parseInt(hex, 16)] = cp;
  else {
    const first = Number.parseInt(hex.slice(0, 2), 16);
    PAIRS.set((first << 8) | Number.parseInt(hex.slice(2, 4), 16), cp);
    IS_BASE[first] = 1;
  }
}

const ENCODE = (() => {
  const map = new Map<number, number[]>();
  for (let b = 255; b >= 0; b--) {
    const cp = SINGLE[b] as number;
    if (cp >= 0) map.set(cp, [b]);
  }
  for (const [pair, cp] of PAIRS) map.set(cp, [pair >> 8, pair & 0xff]);
  return map;
})();

/** Decodes VNI-Windows; a base letter ending a chunk is held until the next chunk shows its mark byte. */
export class VniChunkDecoder implements ChunkDecoder {
  readonly encoding = 'vni' as const;
  private readonly fatal: boolean;
  private offset: number;
  /** A base-letter byte held back from the previous chunk, or -1. */
  private pending = -1;
  private buffer = new Uint16Array(0);

  constructor(options: ChunkDecoderOptions = {}) {
    this.fatal = options.fatal ?? true;
    this.offset = options.startOffset ?? 0;
  }

  write(chunk: Uint8Array): string {
    const total = chunk.length + (this.pending >= 0 ? 1 : 0);
    if (this.buffer.length < total) this.buffer = new Uint16Array(total);
    const out = this.buffer;
    let n = 0;
    let i = 0;
    // Offset of byte i of the chunk, for errors; the pending byte sits at this.offset - 1.
    const base = this.offset;
    if (this.pending >= 0) {
      const first = this.pending;
      this.pending = -1;
      const pair = chunk.length > 0 ? PAIRS.get((first << 8) | (chunk[0] as number)) : undefined;
      if (pair !== undefined) {
        out[n++] = pair;
        i = 1;
      } else out[n++] = this.single(first, base - 1);
    }
    const last = chunk.length - 1;
    while (i <= last) {
      const b = chunk[i] as number;
      if (IS_BASE[b] === 1) {
        if (i === last) {
          this.pending = b;
          break;
        }
        const pair = PAIRS.get((b << 8) | (chunk[i + 1] as number));
        if (pair !== undefined) {
          out[n++] = pair;
          i += 2;
          continue;
        }
      }
      out[n++] = this.single(b, base + i);
      i++;
    }
    this.offset += chunk.length;
    return codeUnitsToString(out, n);
  }

  end(): string {
    if (this.pending < 0) return '';
    const b = this.pending;
    this.pending = -1;
    return String.fromCharCode(this.single(b, this.offset - 1));
  }

  private single(b: number, offset: number): number {
    const cp = SINGLE[b] as number;
    if (cp >= 0) return cp;
    if (this.fatal) throw new DecodeError({ encoding: 'vni', byteOffset: offset, bytes: [b] });
    return 0xfffd;
  }
}

/**
 * Encodes NFC text as VNI-Windows. A character VNI cannot represent throws a RangeError, and so does
 * a Windows-1252 symbol whose byte would merge with the letter before it into another letter (`a`
 * followed by `ù` would read back as `á`), since that text could not be decoded back.
 */
export function encodeVni(text: string): Uint8Array {
  const source = text.normalize('NFC');
  const out: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const cp = source.charCodeAt(i);
    const bytes = ENCODE.get(cp);
    const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
    if (!bytes) throw new RangeError(`Character ${hex} at index ${i} has no VNI code`);
    const previous = out[out.length - 1];
    if (
      previous !== undefined &&
      IS_BASE[previous] === 1 &&
      PAIRS.has((previous << 8) | (bytes[0] as number))
    ) {
      throw new RangeError(`Character ${hex} at index ${i} would merge with the letter before it in VNI`);
    }
    out.push(...bytes);
  }
  return Uint8Array.from(out);
}
