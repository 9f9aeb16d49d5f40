import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectText, fromChunks, splitAt, VIETNAMESE_LETTERS } from '../../test/chunked';
import { DecodeError } from '../errors/decode-error';
import { decodeText, type ReadProgress } from './decode-text';
import type { EncodingDetection } from './detect-encoding';
import { encodeTcvn3 } from './tcvn3';
import { encodeVni } from './vni';
import { encodeWindows1258 } from './windows-1258';

const cuts = fc.array(fc.nat(), { maxLength: 16 });

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  if (bigEndian) le.swap16();
  return Uint8Array.from(le);
}

async function run(bytes: Uint8Array, c: number[] = [], detectionBytes?: number) {
  let detection: EncodingDetection | undefined;
  const progress: ReadProgress = { bytes: 0, rows: 0 };
  const text = await collectText(
    decodeText(fromChunks(splitAt(bytes, c)), {
      onEncoding: (d) => {
        detection = d;
      },
      progress,
      ...(detectionBytes === undefined ? {} : { detectionBytes }),
    }),
  );
  return { text, detection: detection as EncodingDetection, progress };
}

const SAMPLE =
  'họ_tên,địa_chỉ,trạng_thái\nNguyễn Thị Hồng Nhung,"Số 12 đường Lê Lợi, phường Bến Nghé, Thành phố Hồ Chí Minh",Đang hoạt động\n' +
  'Trần Văn Quyết,"Thôn Đông, xã Nghĩa Hưng, tỉnh Quảng Ngãi",Tạm dừng\nLê Thị Ngọc Ánh,"Khu phố 3, phường Yên Hoà, Hà Nội",Đã hủy\n';

describe('decodeText', () => {
  it('gives the same NFC text for any chunking of UTF-8 bytes (no U+FFFD at chunk boundaries)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme' }), cuts, async (s, c) => {
        const text = s.normalize('NFC');
        const out = await run(Uint8Array.from(Buffer.from(text, 'utf8')), c, 8);
        expect(out.text).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('decodes UTF-16LE and UTF-16BE with BOM under any chunking, surrogate pairs included', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme' }), fc.boolean(), cuts, async (s, be, c) => {
        const text = s.normalize('NFC');
        const bytes = utf16(`\ufeff${text}`, be);
        const out = await run(bytes, c);
        expect(out.text).toBe(text);
        if (bytes.length >= 2) expect(out.detection.encoding).toBe(be ? 'utf-16be' : 'utf-16le');
      }),
      { numRuns: 200 },
    );
  });

  it('composes decomposed UTF-8 (combining tones) to NFC even when the tone starts the next chunk', async () => {
    const nfd = 'Nguyễn Văn Ánh'.normalize('NFD');
    const bytes = Uint8Array.from(Buffer.from(nfd, 'utf8'));
    for (let cut = 1; cut < bytes.length; cut++) {
      expect((await run(bytes, [cut])).text).toBe('Nguyễn Văn Ánh');
    }
  });

  it('strips the UTF-8 BOM and counts every byte read', async () => {
    const bytes = Uint8Array.from(Buffer.from('\ufeffa,b\n', 'utf8'));
    const out = await run(bytes, [1, 2]);
    expect(out.text).toBe('a,b\n');
    expect(out.detection).toMatchObject({ encoding: 'utf-8', bomLength: 3, reason: 'bom' });
    expect(out.progress.bytes).toBe(bytes.length);
  });

  it('names the byte offset of invalid UTF-8, wherever the chunks are cut', async () => {
    const good = Buffer.from('Hà Nội, Việt Nam; ', 'utf8');
    const bytes = Uint8Array.from(Buffer.concat([good, Buffer.from([0xe1, 0xba]), Buffer.from('x', 'utf8')]));
    for (const c of [[], [good.length + 1], [5, good.length], [good.length + 2]]) {
      const error = await collectText(decodeText(fromChunks(splitAt(bytes, c)), { encoding: 'utf-8' })).catch(
        (e: unknown) => e,
      );
      expect(DecodeError.isInstance(error)).toBe(true);
      expect((error as DecodeError).byteOffset).toBe(good.length);
    }
  });

  it('names the offset of a UTF-8 sequence cut short by the end of the file', async () => {
    const bytes = Uint8Array.from([0x61, 0x62, 0xe1, 0xba]);
    const error = await collectText(decodeText(fromChunks([bytes]), { encoding: 'utf-8' })).catch(
      (e: unknown) => e,
    );
    expect((error as DecodeError).byteOffset).toBe(2);
  });

  it('stops when the signal is aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('stopped'));
    const stream = decodeText(fromChunks([Uint8Array.from([0x61])]), { signal: controller.signal });
    await expect(collectText(stream)).rejects.toThrow('stopped');
  });

  it('uses an explicit encoding instead of detecting', async () => {
    const bytes = encodeTcvn3('hà nội');
    const text = await collectText(decodeText(fromChunks([bytes]), { encoding: 'tcvn3' }));
    expect(text).toBe('hà nội');
  });

  it.each([
    ['tcvn3', (s: string) => encodeTcvn3(s, { capitals: 'lowercase' })],
    ['vni', encodeVni],
    ['windows-1258', encodeWindows1258],
  ] as const)('detects %s from Vietnamese text and decodes it', async (encoding, encode) => {
    const bytes = encode(SAMPLE);
    const out = await run(bytes, [7, 100]);
    expect(out.detection.encoding).toBe(encoding);
    expect(out.detection.reason).toBe('vietnamese-score');
    const expected = encoding === 'tcvn3' ? lowerToned(SAMPLE) : SAMPLE;
    expect(out.text).toBe(expected);
  });

  it('detects UTF-8, and plain ASCII as UTF-8', async () => {
    expect((await run(Uint8Array.from(Buffer.from(SAMPLE)))).detection.reason).toBe('utf-8');
    expect((await run(Uint8Array.from(Buffer.from('a,b\n1,2\n')))).detection.reason).toBe('ascii');
  });
});

// TCVN3 stores capital toned letters with the lowercase byte.
function lowerToned(text: string): string {
  const capitalsWithCode = new Set([...'ĂÂÊÔƠƯĐ']);
  return [...text]
    .map((c) =>
      VIETNAMESE_LETTERS.includes(c) && c !== c.toLowerCase() && !capitalsWithCode.has(c)
        ? c.toLowerCase()
        : c,
    )
    .join('');
}

describe('detectEncoding without a BOM', () => {
  it('recognises UTF-16 from its zero bytes', async () => {
    const le = await run(utf16('id,tên\n1,Hà Nội\n', false));
    expect(le.detection).toMatchObject({ encoding: 'utf-16le', reason: 'utf-16-zeros' });
    expect(le.text).toBe('id,tên\n1,Hà Nội\n');
    const be = await run(utf16('id,ten\n', true));
    expect(be.detection.encoding).toBe('utf-16be');
  });
});

describe('DecodeError offsets', () => {
  it('names the offset of a stray byte inserted anywhere in UTF-8 text, under any chunking', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: fc.constantFrom('a', ',', '\n', ...VIETNAMESE_LETTERS, '😀') }),
        fc.nat(),
        fc.constantFrom(0xff, 0xc0, 0x80, 0xf5),
        cuts,
        async (text, at, bad, c) => {
          const good = Buffer.from(text, 'utf8');
          // Insert at a character boundary, so that the stray byte is the first invalid one.
          const boundaries = [
            0,
            ...[...text].map((_, i) => Buffer.byteLength([...text].slice(0, i + 1).join(''))),
          ];
          const offset = boundaries[at % boundaries.length] as number;
          const bytes = Uint8Array.from(
            Buffer.concat([good.subarray(0, offset), Buffer.from([bad]), good.subarray(offset)]),
          );
          const error = await collectText(
            decodeText(fromChunks(splitAt(bytes, c)), { encoding: 'utf-8' }),
          ).catch((e: unknown) => e);
          expect(DecodeError.isInstance(error)).toBe(true);
          expect((error as DecodeError).byteOffset).toBe(offset);
        },
      ),
      { numRuns: 300 },
    );
  });
});
