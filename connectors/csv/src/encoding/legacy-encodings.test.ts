import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASCII_TEXT, collectText, fromChunks, splitAt, VIETNAMESE_LETTERS } from '../../test/chunked';
import { DecodeError } from '../errors/decode-error';
import { decodeText } from './decode-text';
import type { TextEncodingName } from './encoding-name';
import { encodeTcvn3, isTcvn3Encodable } from './tcvn3';
import { encodeVni } from './vni';
import { encodeWindows1258 } from './windows-1258';

const TCVN3_LETTERS = VIETNAMESE_LETTERS.filter((c) => isTcvn3Encodable(c));
const cuts = fc.array(fc.nat(), { maxLength: 12 });

async function decode(
  bytes: Uint8Array,
  encoding: TextEncodingName,
  cutPoints: number[] = [],
): Promise<string> {
  return collectText(decodeText(fromChunks(splitAt(bytes, cutPoints)), { encoding }));
}

describe('legacy Vietnamese encodings', () => {
  it('has a TCVN3 code for every lowercase letter and the 7 plain capitals, not for toned capitals', () => {
    expect(TCVN3_LETTERS).toHaveLength(67 + 7);
    expect(isTcvn3Encodable('Ă Â Ê Ô Ơ Ư Đ')).toBe(true);
    expect(isTcvn3Encodable('Á')).toBe(false);
  });

  it('decodes known TCVN3 and VNI bytes', async () => {
    // "Hµ Néi" is how TCVN3 "Hà Nội" looks when its bytes are read as Latin-1.
    expect(await decode(Uint8Array.from([0x48, 0xb5, 0x20, 0x4e, 0xe9, 0x69]), 'tcvn3')).toBe('Hà Nội');
    // "Vieät Nam" is VNI "Việt Nam" read as Windows-1252.
    const vni = Uint8Array.from(Buffer.from('Vieät Nam', 'latin1'));
    expect(await decode(vni, 'vni')).toBe('Việt Nam');
  });

  it('writes TCVN3 capital toned letters with the lowercase byte only when asked', () => {
    expect(() => encodeTcvn3('Á')).toThrow(RangeError);
    expect(encodeTcvn3('Á', { capitals: 'lowercase' })).toEqual(encodeTcvn3('á'));
  });

  it('round-trips any TCVN3-encodable text through encode, any chunking and decode', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: fc.constantFrom(...ASCII_TEXT, ...TCVN3_LETTERS) }),
        cuts,
        async (text, c) => {
          expect(await decode(encodeTcvn3(text), 'tcvn3', c)).toBe(text);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('round-trips any VNI-encodable text through encode, any chunking and decode', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: fc.constantFrom(...ASCII_TEXT, ...VIETNAMESE_LETTERS) }),
        cuts,
        async (text, c) => {
          expect(await decode(encodeVni(text), 'vni', c)).toBe(text);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('joins a VNI base letter and its mark byte split across chunks', async () => {
    const bytes = encodeVni('ế');
    expect(bytes).toHaveLength(2);
    expect(await decode(bytes, 'vni', [1])).toBe('ế');
  });

  it('round-trips Vietnamese text through Windows-1258 (combining tones, NFC output) under any chunking', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: fc.constantFrom(...ASCII_TEXT, ...VIETNAMESE_LETTERS) }),
        cuts,
        async (text, c) => {
          const bytes = encodeWindows1258(text);
          expect(await decode(bytes, 'windows-1258', c)).toBe(text);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('writes Windows-1258 letters it lacks as base + combining mark', () => {
    // ế = ê (0xEA) + combining acute (0xEC)
    expect([...encodeWindows1258('ế')]).toEqual([0xea, 0xec]);
  });

  it('refuses VNI text whose symbol would merge with the letter before it', () => {
    expect(() => encodeVni('aä')).toThrow(RangeError);
  });

  it('names the offset of a byte TCVN3 does not define', async () => {
    const bytes = Uint8Array.from([0x41, 0x42, 0xb5, 0xa0, 0x43]);
    const error = await decode(bytes, 'tcvn3', [2]).catch((e: unknown) => e);
    expect(DecodeError.isInstance(error)).toBe(true);
    expect((error as DecodeError).byteOffset).toBe(3);
    expect((error as DecodeError).localized.vi).toContain('0xA0');
  });

  it('names the offset of a byte Windows-1258 does not define', async () => {
    const error = await decode(Uint8Array.from([0x61, 0x62, 0x63, 0x81]), 'windows-1258', [2]).catch(
      (e: unknown) => e,
    );
    expect((error as DecodeError).byteOffset).toBe(3);
  });

  it('replaces undecodable bytes with U+FFFD when not fatal', async () => {
    const text = await collectText(
      decodeText(fromChunks([Uint8Array.from([0x41, 0xa0])]), { encoding: 'tcvn3', fatal: false }),
    );
    expect(text).toBe('A\ufffd');
  });
});
