import { DecodeError } from '../errors/decode-error';
import type { ChunkDecoder, ChunkDecoderOptions } from './chunk-decoder';

/**
 * Decodes Windows-1258 with the platform decoder (Node ships full ICU). The code page writes most
 * toned letters as base letter + combining tone mark, so the output still needs NFC. Bytes the code
 * page leaves undefined (the WHATWG decoder passes them through as C1 controls) are undecodable.
 */
export class Windows1258ChunkDecoder implements ChunkDecoder {
  readonly encoding = 'windows-1258' as const;
  private readonly decoder = new TextDecoder('windows-1258');
  private readonly fatal: boolean;
  private offset: number;

  constructor(options: ChunkDecoderOptions = {}) {
    this.fatal = options.fatal ?? true;
    this.offset = options.startOffset ?? 0;
  }

  write(chunk: Uint8Array): string {
    let text = this.decoder.decode(chunk);
    // Single-byte code page: character i of the text is byte i of the chunk.
    const bad = /[\u0080-\u009f]/.exec(text);
    if (bad) {
      if (this.fatal) {
        throw new DecodeError({
          encoding: 'windows-1258',
          byteOffset: this.offset + bad.index,
          bytes: [chunk[bad.index] as number],
        });
      }
      text = text.replace(/[\u0080-\u009f]/g, '\ufffd');
    }
    this.offset += chunk.length;
    return text;
  }

  end(): string {
    return '';
  }
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

const ENCODE = (() => {
  const all = new Uint8Array(256);
  for (let b = 0; b < 256; b++) all[b] = b;
  const text = new TextDecoder('windows-1258').decode(all);
  const map = new Map<string, number>();
  for (let b = 255; b >= 0; b--) {
    const ch = text[b] as string;
    if (!(b >= 0x80 && b <= 0x9f && ch.charCodeAt(0) === b)) map.set(ch, b);
  }
  return map;
})();

/**
 * Encodes text as Windows-1258: a letter the code page lacks precomposed (ế, ợ…) is written as its
 * toneless letter followed by the combining tone mark, as Windows does. Throws a RangeError
 * for a character it cannot represent.
 */
export function encodeWindows1258(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const direct = ENCODE.get(ch);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    // The code page has the toneless letters (ê, ơ, Ă…) and the five tones as combining marks.
    const decomposed = ch.normalize('NFD');
    const tones = decomposed.match(TONE_MARKS) ?? [];
    const letter = ENCODE.get(decomposed.replace(TONE_MARKS, '').normalize('NFC'));
    const tone = tones.length === 1 ? ENCODE.get(tones[0] as string) : undefined;
    if (letter === undefined || tone === undefined)
      throw new RangeError(`Character "${ch}" has no Windows-1258 code`);
    out.push(letter, tone);
  }
  return Uint8Array.from(out);
}
