import { createChunkDecoder } from './create-chunk-decoder';
import type { TextEncodingName } from './encoding-name';
import { NfcNormalizer } from './nfc-normalizer';
import { firstInvalidUtf8 } from './utf8-validity';
import { scoreVietnameseText } from './vietnamese-text-score';

/** The legacy 8-bit encodings told apart by {@link detectEncoding} from their text. */
export type LegacyEncodingName = 'windows-1258' | 'tcvn3' | 'vni';

const LEGACY: readonly LegacyEncodingName[] = ['windows-1258', 'tcvn3', 'vni'];

/** What {@link detectEncoding} decided and why. */
export interface EncodingDetection {
  /** The encoding to read the input with. */
  encoding: TextEncodingName;
  /** Length of the byte order mark at the start of the input (0, 2 or 3); skip it before decoding. */
  bomLength: number;
  /**
   * Why: `bom`; `utf-8` (the sample is valid UTF-8 with non-ASCII text); `ascii` (the sample is
   * plain ASCII, read as UTF-8); `utf-16-zeros` (zero bytes in alternate positions, no BOM);
   * `vietnamese-score` (the legacy encoding whose decoding scored best); `override` (given by the caller).
   */
  reason: 'bom' | 'utf-8' | 'ascii' | 'utf-16-zeros' | 'vietnamese-score' | 'override';
  /** For `vietnamese-score`: the score of each legacy encoding (see `scoreVietnameseText`). */
  scores?: Record<LegacyEncodingName, number>;
}

/**
 * Guesses the encoding of a file from its first bytes (`sample`; `final` when it is the whole file):
 * 1. a BOM decides UTF-8, UTF-16LE or UTF-16BE;
 * 2. zero bytes at every other position (over a third of them) mean UTF-16 without BOM;
 * 3. valid UTF-8 is UTF-8 (legacy Vietnamese text is almost never valid UTF-8: its letters are
 *    lone bytes ≥ 0x80);
 * 4. otherwise the sample is decoded as Windows-1258, TCVN3 and VNI and each text is scored by how
 *    many of its non-ASCII words are well-formed Vietnamese syllables, minus malformed words and
 *    undecodable bytes; the best score wins, Windows-1258 on a tie (the Windows ANSI code page in
 *    Vietnam).
 *
 * Limits: the choice rests on the sample only, so an ASCII sample followed by legacy text later is
 * read as UTF-8 (and fails with a DecodeError naming the offset: pass the encoding explicitly);
 * a sample with few Vietnamese words may be misjudged; TCVN3 capital toned letters do not exist
 * as bytes, so a TCVN3 text in capitals decodes in lowercase; VNI-Mac, VISCII and VPS are not
 * recognised.
 */
export function detectEncoding(sample: Uint8Array, final = true): EncodingDetection {
  const [b0, b1, b2] = sample;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', bomLength: 3, reason: 'bom' };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', bomLength: 2, reason: 'bom' };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', bomLength: 2, reason: 'bom' };
  const utf16 = utf16ByZeros(sample);
  if (utf16) return { encoding: utf16, bomLength: 0, reason: 'utf-16-zeros' };
  let ascii = true;
  for (let i = 0; i < sample.length; i++) {
    if ((sample[i] as number) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return { encoding: 'utf-8', bomLength: 0, reason: 'ascii' };
  if (firstInvalidUtf8(sample, final) < 0) return { encoding: 'utf-8', bomLength: 0, reason: 'utf-8' };
  const scores = {} as Record<LegacyEncodingName, number>;
  let best: LegacyEncodingName = 'windows-1258';
  for (const encoding of LEGACY) {
    scores[encoding] = scoreLegacy(sample, encoding);
    if (scores[encoding] > scores[best]) best = encoding;
  }
  return { encoding: best, bomLength: 0, reason: 'vietnamese-score', scores };
}

function scoreLegacy(sample: Uint8Array, encoding: LegacyEncodingName): number {
  const nfc = new NfcNormalizer();
  const decoder = createChunkDecoder(encoding, { fatal: false });
  const text = nfc.write(decoder.write(sample) + decoder.end()) + nfc.end();
  let undecodable = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) undecodable++;
  return scoreVietnameseText(text, undecodable).score;
}

function utf16ByZeros(sample: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = sample.length >> 1;
  if (pairs < 2) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  if (oddZeros > pairs / 3 && evenZeros === 0) return 'utf-16le';
  if (evenZeros > pairs / 3 && oddZeros === 0) return 'utf-16be';
  return undefined;
}
