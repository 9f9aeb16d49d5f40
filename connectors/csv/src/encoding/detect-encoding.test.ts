import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectEncoding } from './detect-encoding';
import { encodeTcvn3 } from './tcvn3';
import { scoreVietnameseText } from './vietnamese-text-score';
import { encodeVni } from './vni';
import { encodeWindows1258 } from './windows-1258';

// Common words of registers: names, places, statuses.
const WORDS = [
  ...'nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý văn thị hữu đức minh ngọc thanh quốc'.split(
    ' ',
  ),
  ...'hà nội hồ chí minh đà nẵng cần thơ huế phường xã thôn ấp đường số nhà tổ khu phố quận huyện tỉnh thành'.split(
    ' ',
  ),
  ...'đang hoạt động tạm dừng đã hủy chờ duyệt nam nữ ngày sinh địa chỉ điện thoại giấy phép kinh doanh'.split(
    ' ',
  ),
  ...'người được cấp quyết định ủy ban nhân dân cộng hòa xã hội chủ nghĩa việt độc lập tự do hạnh phúc'.split(
    ' ',
  ),
];

const text = fc
  .array(fc.constantFrom(...WORDS), { minLength: 8, maxLength: 60 })
  .chain((words) => fc.constantFrom(', ', ' ', ';', '\n').map((sep) => words.join(sep)));

describe('detectEncoding', () => {
  it.each([
    ['tcvn3', (s: string) => encodeTcvn3(s)],
    ['vni', encodeVni],
    ['windows-1258', encodeWindows1258],
  ] as const)('tells %s apart from the other legacy encodings in any Vietnamese text of 8+ words', (encoding, encode) => {
    fc.assert(
      fc.property(text, (s) => {
        fc.pre(/[^\x20-\x7e\n]/.test(s));
        expect(detectEncoding(encode(s)).encoding).toBe(encoding);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads a BOM before anything else', () => {
    expect(detectEncoding(Uint8Array.from([0xef, 0xbb, 0xbf, 0xb5]))).toMatchObject({
      encoding: 'utf-8',
      bomLength: 3,
    });
    expect(detectEncoding(Uint8Array.from([0xfe, 0xff, 0, 0x41]))).toMatchObject({
      encoding: 'utf-16be',
      bomLength: 2,
    });
  });

  it('waits for the rest of a UTF-8 sequence cut by the end of a partial sample', () => {
    const bytes = Uint8Array.from(Buffer.from('Hà Nội', 'utf8')).subarray(0, 6);
    expect(detectEncoding(bytes, false).encoding).toBe('utf-8');
  });
});

describe('scoreVietnameseText', () => {
  it('counts well-formed syllables and penalises impossible ones', () => {
    expect(scoreVietnameseText('Nguyễn Thị Hồng, phường Bến Nghé')).toMatchObject({
      syllables: 6,
      malformed: 0,
    });
    // TCVN3 bytes of "Hà Nội" read as Windows-1258.
    expect(scoreVietnameseText('Hµ Néi').score).toBeLessThan(0);
    expect(scoreVietnameseText('Vieät Nam').malformed).toBeGreaterThan(0);
  });

  it('takes the spelling rules of real syllables, edge cases included', () => {
    const real =
      'gì giếng quyết khuya xoong kỹ kiến nghĩa người thuở ăn xuân khoăn tiên yêu ươm muốn cao mía mùa mưa ' +
      'hát lập nhất việt thuyền huỳnh ghế nghề cá gà';
    // ASCII words (xoong, cao, khuya) look alike in every encoding and are not counted.
    const counted = real.split(' ').filter((word) => /[^a-z]/.test(word));
    expect(scoreVietnameseText(real)).toMatchObject({ syllables: counted.length, malformed: 0 });
  });

  it('refuses what the wrong legacy decoding makes of VNI text, which the letters alone allow', () => {
    // "lập thôn nhân nghĩa" in VNI bytes read as TCVN3; then impossible spellings one rule at a time.
    for (const word of [
      'laọp',
      'thoõn',
      'nhaõn',
      'nghúa',
      'kà',
      'cé',
      'ngì',
      'gé',
      'hàt',
      'ằ',
      'tiề',
      'xoòn',
    ]) {
      expect(scoreVietnameseText(word), word).toMatchObject({ syllables: 0, malformed: 1 });
    }
  });
});
