import { TextDecoder } from 'node:util';
import { DecodeError } from '../errors/decode-error';
import type { ChunkDecoder, ChunkDecoderOptions } from './chunk-decoder';
import type { TextEncodingName } from './encoding-name';
import { firstInvalidUtf8, incompleteUtf8Tail } from './utf8-validity';

/** Offset of the first lone surrogate in `bytes` read as UTF-16 (`bigEndian` or not), or the odd last byte. */
function firstInvalidUtf16(bytes: Uint8Array, bigEndian: boolean, final: boolean): number {
  const units = bytes.length >> 1;
  for (let u = 0; u < units; u++) {
    const i = u * 2;
    const unit = bigEndian
      ? ((bytes[i] as number) << 8) | (bytes[i + 1] as number)
      : ((bytes[i + 1] as number) << 8) | (bytes[i] as number);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      if (u + 1 >= units) return final ? i : -1;
      const j = i + 2;
      const next = bigEndian
        ? ((bytes[j] as number) << 8) | (bytes[j + 1] as number)
        : ((bytes[j + 1] as number) << 8) | (bytes[j] as number);
      if (next < 0xdc00 || next > 0xdfff) return i;
      u++;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) return i;
  }
  return final && bytes.length % 2 === 1 ? bytes.length - 1 : -1;
}

/**
 * A {@link ChunkDecoder} for UTF-8 and UTF-16 over the platform `TextDecoder` in streaming mode,
 * which already handles sequences split across chunks. On invalid input it finds the offending
 * byte itself (TextDecoder does not say where) and throws a `DecodeError`.
 */
export class WhatwgChunkDecoder implements ChunkDecoder {
  readonly encoding: TextEncodingName;
  private readonly decoder: TextDecoder;
  private readonly fatal: boolean;
  private consumed: number;
  /** Bytes of an incomplete sequence carried over from the previous chunk (for error offsets only). */
  private carry: Uint8Array = new Uint8Array(0);

  constructor(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', options: ChunkDecoderOptions = {}) {
    this.encoding = encoding;
    this.fatal = options.fatal ?? true;
    this.consumed = options.startOffset ?? 0;
    this.decoder = new TextDecoder(encoding, { fatal: this.fatal, ignoreBOM: true });
  }

  write(chunk: Uint8Array): string {
    try {
      const text = this.decoder.decode(chunk, { stream: true });
      this.track(chunk);
      return text;
    } catch (error) {
      throw this.locate(chunk, false, error);
    }
  }

  end(): string {
    try {
      return this.decoder.decode();
    } catch (error) {
      throw this.locate(new Uint8Array(0), true, error);
    }
  }

  private track(chunk: Uint8Array): void {
    this.consumed += chunk.length;
    if (!this.fatal) return;
    // Only the last few bytes matter: join with the carry only when the chunk itself is that short.
    const joined = chunk.length >= 4 ? chunk : concat(this.carry, chunk);
    const tail =
      this.encoding === 'utf-8'
        ? incompleteUtf8Tail(joined)
        : utf16Tail(joined, this.encoding === 'utf-16be');
    this.carry = joined.slice(joined.length - tail);
  }

  private locate(chunk: Uint8Array, final: boolean, cause: unknown): Error {
    const joined = concat(this.carry, chunk);
    const index =
      this.encoding === 'utf-8'
        ? firstInvalidUtf8(joined, final)
        : firstInvalidUtf16(joined, this.encoding === 'utf-16be', final);
    if (index < 0) return cause instanceof Error ? cause : new Error(String(cause));
    const byteOffset = this.consumed - this.carry.length + index;
    return new DecodeError({
      encoding: this.encoding,
      byteOffset,
      bytes: Array.from(joined.subarray(index, index + 4)),
    });
  }
}

function utf16Tail(bytes: Uint8Array, bigEndian: boolean): number {
  let tail = bytes.length % 2;
  const end = bytes.length - tail;
  if (end >= 2) {
    const unit = bigEndian
      ? ((bytes[end - 2] as number) << 8) | (bytes[end - 1] as number)
      : ((bytes[end - 1] as number) << 8) | (bytes[end - 2] as number);
    if (unit >= 0xd800 && unit <= 0xdbff) tail += 2;
  }
  return tail;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
