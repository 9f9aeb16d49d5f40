import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '../validation/validate';
import provinces from './data/provinces-2025.json';
import {
  checkProvinceCode,
  mapProvinceCode,
  provinceAt,
  provinceName,
  provincePredecessors,
  provinceSuccessor,
  provincesAt,
} from './province-code';
import { datedProvinceCodeSchema, provinceCodeSchema } from './province-code-schema';

const OLD_CODES = provinces.old_provinces.map((p) => p.old_code);
const NEW_CODES = provinces.new_provinces.map((p) => p.code);
const BEFORE = '2025-06-30';
const FROM = '2025-07-01';

const dateBetween = (min: string, max: string) =>
  fc
    .date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

describe('checkProvinceCode', () => {
  it('accepts the 63 old codes before 2025-07-01 and only the 34 new codes from then', () => {
    expect(OLD_CODES).toHaveLength(63);
    expect(NEW_CODES).toHaveLength(34);
    expect(OLD_CODES.filter((code) => checkProvinceCode(code, { at: BEFORE }).ok)).toHaveLength(63);
    expect(OLD_CODES.filter((code) => checkProvinceCode(code, { at: FROM }).ok).sort()).toEqual(
      [...NEW_CODES].sort(),
    );
  });

  it('names the province that a code denoted on the record date', () => {
    expect(checkProvinceCode('02', { at: '2024-06-30' })).toEqual({
      ok: true,
      value: { code: '02', name: 'Hà Giang', fullName: 'Tỉnh Hà Giang', at: '2024-06-30', successor: '08' },
    });
    // A code is never reused for another territory, but the seat province keeps its code and the
    // merged province takes its name: 24 was Bắc Giang, and from 2025-07-01 is Bắc Ninh.
    expect(checkProvinceCode('24', { at: BEFORE })).toMatchObject({ ok: true, value: { name: 'Bắc Giang' } });
    expect(checkProvinceCode('24', { at: FROM })).toMatchObject({ ok: true, value: { name: 'Bắc Ninh' } });
    expect(provinceName('46', { at: '2024-12-31' })).toBe('Thừa Thiên Huế');
    expect(provinceName('46', { at: '2025-01-01' })).toBe('Huế');
    expect(provinceName('02', { at: FROM })).toBeUndefined();
  });

  it('rejects an old code on a record dated from 2025-07-01 and names its replacement', () => {
    const result = checkProvinceCode('02', { at: '2025-07-01' });
    expect(result).toMatchObject({ ok: false, code: 'province_code.retired' });
    if (!result.ok) {
      expect(result.message.en).toContain('merged into Tỉnh Tuyên Quang, code "08"');
      expect(result.message.en).toContain("pass the record's date as `at`");
      expect(result.message.vi).toContain('đã được sắp xếp vào Tỉnh Tuyên Quang, mã "08"');
      expect(result.message.vi).toContain('Ngày đã dùng để kiểm tra: 01/07/2025');
    }
  });

  it('checks against today when no date is given', () => {
    // Today is after the 2025 merger, so only the 34 new codes pass.
    expect(checkProvinceCode('79').ok).toBe(true);
    expect(checkProvinceCode('77')).toMatchObject({ ok: false, code: 'province_code.retired' });
  });

  it('rejects codes in neither list and malformed codes with a hint', () => {
    for (const code of ['03', '28', '99', '00']) {
      expect(checkProvinceCode(code, { at: BEFORE })).toMatchObject({
        ok: false,
        code: 'province_code.unknown',
      });
    }
    const threeDigits = checkProvinceCode('001', { at: BEFORE });
    expect(threeDigits).toMatchObject({ ok: false, code: 'province_code.format' });
    if (!threeDigits.ok) expect(threeDigits.message.en).toContain('the province code is "01"');
    const noZero = checkProvinceCode('1', { at: BEFORE });
    if (!noZero.ok) expect(noZero.message.vi).toContain('Hãy giữ số 0 ở đầu: "01"');
    expect(checkProvinceCode('ab').ok).toBe(false);
  });

  it('throws on a malformed date option, which is a programming error', () => {
    expect(() => checkProvinceCode('01', { at: '01/07/2025' })).toThrow(RangeError);
    expect(() => mapProvinceCode('01', { at: '2025-02-30' })).toThrow(RangeError);
  });
});

describe('mapProvinceCode', () => {
  it('follows the merger table, including the 82 → 82 caveat', () => {
    expect(mapProvinceCode('02', { at: FROM })).toBe('08');
    expect(mapProvinceCode('77', { at: FROM })).toBe('79');
    expect(mapProvinceCode('82', { at: FROM })).toBe('82');
    expect(mapProvinceCode('80', { at: FROM })).toBe('80');
    expect(mapProvinceCode('72', { at: FROM })).toBe('80');
    expect(mapProvinceCode('02', { at: BEFORE })).toBe('02');
    expect(mapProvinceCode('03', { at: FROM })).toBeUndefined();
  });

  it('maps every old code to exactly one new code, the one whose province it formed', () => {
    fc.assert(
      fc.property(fc.constantFrom(...OLD_CODES), dateBetween(FROM, '2100-12-31'), (code, at) => {
        const mapped = mapProvinceCode(code, { at });
        expect(NEW_CODES).toContain(mapped);
        const formers = provinces.new_provinces.filter((p) => p.formed_from_old_codes.includes(code));
        expect(formers.map((p) => p.code)).toEqual([mapped]);
      }),
    );
  });

  it('maps every new code to itself from 2025-07-01, and every old code to itself before', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NEW_CODES), dateBetween(FROM, '2100-12-31'), (code, at) => {
        expect(mapProvinceCode(code, { at })).toBe(code);
      }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...OLD_CODES), dateBetween('2008-08-01', BEFORE), (code, at) => {
        expect(mapProvinceCode(code, { at })).toBe(code);
      }),
    );
  });
});

describe('province code schemas', () => {
  it('reports a retired code on the code path of a dated record', () => {
    expect(validate(datedProvinceCodeSchema, { code: '02', at: '2020-05-01' }).success).toBe(true);
    const result = validate(datedProvinceCodeSchema, { code: '02', at: '2025-08-01' });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.issues).toEqual([
        {
          path: '$.code',
          segments: ['code'],
          code: 'province_code.retired',
          message: { vi: expect.stringContaining('"08"'), en: expect.stringContaining('"08"') },
        },
      ]);
    }
    const badDate = validate(datedProvinceCodeSchema, { code: '02', at: '2025/08/01' });
    expect(badDate.success).toBe(false);
    if (!badDate.success) expect(badDate.issues.map((i) => i.path)).toEqual(['$.at']);
  });

  it('checks a plain string against today', () => {
    expect(validate(provinceCodeSchema, '01')).toEqual({ success: true, data: '01' });
    expect(validate(provinceCodeSchema, '27').success).toBe(false);
  });
});

describe('provinceAt', () => {
  it('gives the province a code denoted on a date, and its 2025 successor after the merger', () => {
    expect(provinceAt('02', BEFORE)).toEqual({
      code: '02',
      name: 'Hà Giang',
      fullName: 'Tỉnh Hà Giang',
      at: BEFORE,
      successor: '08',
    });
    expect(provinceAt('02', FROM)).toEqual({
      code: '08',
      name: 'Tuyên Quang',
      fullName: 'Tỉnh Tuyên Quang',
      at: FROM,
      successor: '08',
    });
    expect(provinceAt('77', '2026-01-01')).toMatchObject({ code: '79', fullName: 'Thành phố Hồ Chí Minh' });
    expect(provinceAt('46', '2024-06-01')).toMatchObject({ name: 'Thừa Thiên Huế' });
    expect(provinceAt('03', BEFORE)).toBeUndefined();
    expect(() => provinceAt('01', '2025-13-01')).toThrow(RangeError);
  });

  it('always lands on a code in force on the date', () => {
    fc.assert(
      fc.property(fc.constantFrom(...OLD_CODES), dateBetween('2008-08-01', '2100-12-31'), (code, at) => {
        const province = provinceAt(code, at);
        expect(province).toBeDefined();
        expect(checkProvinceCode(province?.code ?? '', { at }).ok).toBe(true);
        expect(province?.successor).toBe(provinceSuccessor(code));
      }),
    );
  });
});

describe('provinceSuccessor and provincePredecessors', () => {
  it('are inverse views of the merger table', () => {
    expect(provinceSuccessor('02')).toBe('08');
    expect(provinceSuccessor('08')).toBe('08');
    expect(provinceSuccessor('28')).toBeUndefined();
    expect(provincePredecessors('79')).toEqual(['74', '77', '79']);
    expect(provincePredecessors('02')).toBeUndefined();
    for (const code of NEW_CODES) {
      for (const old of provincePredecessors(code) ?? []) expect(provinceSuccessor(old)).toBe(code);
    }
    const covered = NEW_CODES.flatMap((code) => provincePredecessors(code) ?? []).sort();
    expect(covered).toEqual([...OLD_CODES].sort());
  });
});

describe('provincesAt', () => {
  it('lists 63 provinces before the merger and 34 from it, with names with diacritics', () => {
    const before = provincesAt(BEFORE);
    const after = provincesAt(FROM);
    expect(before).toHaveLength(63);
    expect(after).toHaveLength(34);
    expect(after.map((p) => p.code)).toEqual([...NEW_CODES].sort());
    expect(after.find((p) => p.code === '66')?.name).toBe('Đắk Lắk');
    expect(before.find((p) => p.code === '77')?.name).toBe('Bà Rịa - Vũng Tàu');
  });
});
