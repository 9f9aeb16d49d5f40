import type { TextEncodingName } from './encoding-name';

/** Options of a {@link ChunkDecoder}. */
export interface ChunkDecoderOptions {
  /**
   * When true (the default), bytes that are not valid in the encoding throw a `DecodeError` naming
   * their offset; when false they become U+FFFD.
   */
  fatal?: boolean;
  /** Offset of the first byte given to the decoder within the whole input (e.g. the BOM length). Default 0. */
  startOffset?: number;
}

/**
 * Turns chunks of bytes into text, keeping back bytes that may belong to a character continued in
 * the next chunk (a split UTF-8 sequence, a VNI base letter whose mark byte comes next), so that
 * any chunking of the input gives the same text. Output is not yet NFC-normalised.
 */
export interface ChunkDecoder {
  /** The encoding this decoder reads. */
  readonly encoding: TextEncodingName;
  /** Decodes the next chunk. */
  write(chunk: Uint8Array): string;
  /** Decodes what is held back; call once after the last chunk. */
  end(): string;
}
