import { createChunkDecoder } from './create-chunk-decoder';
import { detectEncoding, type EncodingDetection } from './detect-encoding';
import type { TextEncodingName } from './encoding-name';
import { NfcNormalizer } from './nfc-normalizer';

/** Counters a pipeline stage advances as it works; a run loop reads them for progress events. */
export interface ReadProgress {
  /** Bytes read from the source so far. */
  bytes: number;
  /** Records (CSV records or sheet rows, the header row included) produced so far. */
  rows: number;
}

/** Options of {@link decodeText}. */
export interface DecodeTextOptions {
  /** The encoding to read, or `'auto'` (the default) to detect it (see `detectEncoding`). */
  encoding?: TextEncodingName | 'auto';
  /** Throw a `DecodeError` on undecodable bytes (default true); when false they become U+FFFD. */
  fatal?: boolean;
  /** Bytes buffered for detection before any text is produced. Default 65,536. */
  detectionBytes?: number;
  /** Stops reading: the iteration throws `signal.reason`. */
  signal?: AbortSignal;
  /** Called once, before the first text, with the encoding used. */
  onEncoding?: (detection: EncodingDetection) => void;
  /** Its `bytes` counter is advanced as chunks are read. */
  progress?: ReadProgress;
  /**
   * The bytes continue a file from this offset (its earlier part is decoded elsewhere): nothing is
   * detected and no BOM removed; `encoding` must be given. Byte offsets in a `DecodeError` count
   * from the file's start.
   */
  continueAt?: number;
}

const DEFAULT_DETECTION_BYTES = 65_536;

/**
 * Decodes a byte stream (a file read stream, a fetch body…) into NFC text, in pieces, with the BOM
 * removed. Correct whatever the chunking: characters split across chunks (multi-byte UTF-8/UTF-16,
 * VNI letter + mark byte, Windows-1258 letter + combining tone) are joined before they are emitted.
 * Memory stays bounded by the chunk size.
 */
export async function* decodeText(
  source: AsyncIterable<Uint8Array>,
  options: DecodeTextOptions = {},
): AsyncGenerator<string, void, undefined> {
  const { signal, progress } = options;
  const limit = options.detectionBytes ?? DEFAULT_DETECTION_BYTES;
  const pending: Uint8Array[] = [];
  let pendingLength = 0;
  let decoder: ReturnType<typeof createChunkDecoder> | undefined;
  const nfc = new NfcNormalizer();

  const start = (final: boolean): string => {
    const head = concatAll(pending, pendingLength);
    pending.length = 0;
    const detection = chooseEncoding(head, options.encoding ?? 'auto', final, limit);
    options.onEncoding?.(detection);
    decoder = createChunkDecoder(detection.encoding, {
      fatal: options.fatal ?? true,
      startOffset: detection.bomLength,
    });
    return decoder.write(head.subarray(detection.bomLength));
  };
  if (options.continueAt !== undefined) {
    const { encoding } = options;
    if (encoding === undefined || encoding === 'auto') {
      throw new TypeError('decodeText: continueAt needs an explicit encoding');
    }
    decoder = createChunkDecoder(encoding, { fatal: options.fatal ?? true, startOffset: options.continueAt });
  }

  for await (const chunk of source) {
    signal?.throwIfAborted();
    if (progress) progress.bytes += chunk.length;
    if (decoder) {
      const text = nfc.write(decoder.write(chunk));
      if (text.length > 0) yield text;
      continue;
    }
    pending.push(chunk);
    pendingLength += chunk.length;
    if (pendingLength < limit && options.encoding !== undefined && options.encoding !== 'auto') {
      // An explicit encoding needs only the BOM: wait for 3 bytes at most.
      if (pendingLength < 3) continue;
    } else if (pendingLength < limit) continue;
    const text = nfc.write(start(false));
    if (text.length > 0) yield text;
  }
  signal?.throwIfAborted();
  let tail = decoder ? '' : start(true);
  tail = nfc.write(tail + (decoder as NonNullable<typeof decoder>).end()) + nfc.end();
  if (tail.length > 0) yield tail;
}

/**
 * The encoding to read a file with, from its first bytes (`head`, `final` when they are the whole
 * file): detected (`'auto'`), or the one wanted, which still skips its own BOM.
 */
export function chooseEncoding(
  head: Uint8Array,
  wanted: TextEncodingName | 'auto',
  final: boolean,
  limit: number,
): EncodingDetection {
  if (wanted === 'auto') return detectEncoding(head.subarray(0, limit), final && head.length <= limit);
  // An explicit encoding still skips its own BOM.
  const detected = detectEncoding(head.subarray(0, 3), false);
  const bomLength = detected.reason === 'bom' && detected.encoding === wanted ? detected.bomLength : 0;
  return { encoding: wanted, bomLength, reason: 'override' };
}

function concatAll(chunks: readonly Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
