import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '../validation/validate';
import { CodeError } from './code-error';
import provinces from './data/provinces-2025.json';
import {
  checkPersonalId,
  type PersonalIdOptions,
  parsePersonalId,
  personalIdCenturyDigit,
  type Sex,
} from './personal-id';
import { personalIdSchema, personalIdWithBirthDateSchema } from './personal-id-schema';

const AT = '2026-06-15';
const PLACE_CODES = provinces.old_provinces.map((p) => `0${p.old_code}`);

const sex = fc.constantFrom<Sex>('male', 'female');
const birthDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date(`${AT}T00:00:00Z`), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
/** A valid personal ID with the facts it encodes. */
const person = fc
  .record({
    place: fc.constantFrom(...PLACE_CODES),
    sex,
    birthDate,
    serial: fc.stringMatching(/^\d{6}$/),
  })
  .map((p) => {
    const year = Number(p.birthDate.slice(0, 4));
    const id = `${p.place}${personalIdCenturyDigit(year, p.sex)}${p.birthDate.slice(2, 4)}${p.serial}`;
    return { ...p, year, id };
  });

function check(id: string, options: PersonalIdOptions = {}) {
  return checkPersonalId(id, { at: AT, ...options });
}

describe('checkPersonalId', () => {
  it('parses the place of birth registration, sex and birth year', () => {
    expect(check('001095012345')).toEqual({
      ok: true,
      value: {
        placeCode: '001',
        province: {
          code: '01',
          name: 'Hà Nội',
          fullName: 'Thành phố Hà Nội',
          at: '2025-06-30',
          successor: '01',
        },
        sex: 'male',
        birthYear: 1995,
        serial: '012345',
      },
    });
    // 002: Hà Giang, merged into Tuyên Quang (08) on 2025-07-01; digit 3: a woman born 2000–2099.
    expect(check('002303000001')).toMatchObject({
      ok: true,
      value: { province: { name: 'Hà Giang', successor: '08' }, sex: 'female', birthYear: 2003 },
    });
  });

  it('accepts every generated valid ID, alone and with its birth date and sex', () => {
    fc.assert(
      fc.property(person, (p) => {
        const alone = check(p.id);
        expect(alone).toMatchObject({
          ok: true,
          value: { sex: p.sex, birthYear: p.year, placeCode: p.place },
        });
        expect(check(p.id, { birthDate: p.birthDate, sex: p.sex, requireProvince: true }).ok).toBe(true);
      }),
    );
  });

  it('rejects a birth date in another century and names the digit that fits', () => {
    const result = check('001095012345', { birthDate: '2095-03-01', at: '2099-01-01' });
    expect(result).toMatchObject({ ok: false, code: 'personal_id.century' });
    if (!result.ok) {
      expect(result.message.en).toContain('Digit 4 of the personal ID number is "0" (male, born 1900–1999)');
      expect(result.message.en).toContain('for someone born in 2095 digit 4 is 2 (male) or 3 (female)');
      expect(result.message.vi).toContain('có chữ số thứ 4 là 2 (nam) hoặc 3 (nữ)');
    }
  });

  it('rejects any birth date a century away from the encoded one', () => {
    fc.assert(
      fc.property(person, fc.constantFrom(-100, 100), (p, shift) => {
        const year = p.year + shift;
        fc.pre(year >= 1900);
        // 29 February may not exist a century away.
        const other = `${year}${p.birthDate.slice(4, 10).replace('-02-29', '-02-28')}`;
        const result = check(p.id, { birthDate: other });
        expect(result).toMatchObject({ ok: false, code: 'personal_id.century' });
      }),
    );
  });

  it('rejects a birth year that disagrees with digits 5–6', () => {
    const result = check('001095012345', { birthDate: '1996-01-01' });
    expect(result).toMatchObject({ ok: false, code: 'personal_id.birth_year' });
    if (!result.ok) {
      expect(result.message.en).toContain('Digits 5–6 of the personal ID number are "95" (birth year 1995)');
      expect(result.message.en).toContain('they should be "96"');
    }
    fc.assert(
      fc.property(person, fc.integer({ min: 1, max: 99 }), (p, delta) => {
        const year = p.year - (p.year % 100) + (((p.year % 100) + delta) % 100);
        fc.pre(year <= 2026);
        const result = check(p.id, { birthDate: `${year}-01-01` });
        expect(result).toMatchObject({ ok: false, code: 'personal_id.birth_year' });
      }),
    );
  });

  it('rejects a sex that disagrees with digit 4', () => {
    const result = check('001095012345', { sex: 'female' });
    expect(result).toMatchObject({ ok: false, code: 'personal_id.sex' });
    if (!result.ok) expect(result.message.en).toContain('that digit should be 1');
  });

  it('rejects a birth year after the day of the check', () => {
    const result = check('001427000001');
    expect(result).toMatchObject({ ok: false, code: 'personal_id.birth_year_future' });
    if (!result.ok) expect(result.message.en).toContain('birth year 2127');
    expect(check('001227000001')).toMatchObject({ ok: false, code: 'personal_id.birth_year_future' });
    expect(check('001226000001').ok).toBe(true);
  });

  it('accepts a place code that is not a province unless a province is required', () => {
    // A birth registered abroad carries a country code (Decree 137/2015 Art. 13), not bundled here.
    const abroad = check('300085000001');
    expect(abroad).toMatchObject({ ok: true, value: { placeCode: '300' } });
    if (abroad.ok) expect(abroad.value.province).toBeUndefined();
    const strict = check('003085000001', { requireProvince: true });
    expect(strict).toMatchObject({ ok: false, code: 'personal_id.place_code' });
    if (!strict.ok) expect(strict.message.en).toContain('001 (Hà Nội) to 096 (Cà Mau)');
  });

  it('explains malformed numbers without repeating them', () => {
    const cmnd = check('123456789');
    expect(cmnd).toMatchObject({ ok: false, code: 'personal_id.identity_card' });
    expect(check('001 095 012 345')).toMatchObject({ ok: false, code: 'personal_id.separators' });
    const short = check('00109501234');
    expect(short).toMatchObject({ ok: false, code: 'personal_id.format' });
    if (!short.ok) {
      expect(short.message.en).toContain('has 11 characters');
      expect(short.message.en).not.toContain('00109501234');
      expect(short.message.vi).not.toContain('00109501234');
    }
    expect(check('00109501234a')).toMatchObject({ ok: false, code: 'personal_id.format' });
  });

  it('throws on a malformed option date, which is a programming error', () => {
    expect(() => check('001095012345', { birthDate: '01/01/1995' })).toThrow(RangeError);
  });
});

describe('parsePersonalId', () => {
  it('returns the parts or throws a CodeError with the reason', () => {
    expect(parsePersonalId('079203000123', { at: AT })).toMatchObject({
      province: { code: '79', name: 'Hồ Chí Minh' },
      sex: 'male',
      birthYear: 2003,
    });
    try {
      parsePersonalId('079203000123', { at: AT, birthDate: '1903-05-05' });
      expect.unreachable();
    } catch (error) {
      expect(CodeError.isInstance(error)).toBe(true);
      if (CodeError.isInstance(error)) {
        expect(error.code).toBe('personal_id.century');
        expect(error.localized.vi).toContain('chữ số thứ 4');
      }
    }
  });
});

describe('personalIdCenturyDigit', () => {
  it('encodes century and sex', () => {
    expect(personalIdCenturyDigit(1999, 'male')).toBe(0);
    expect(personalIdCenturyDigit(1900, 'female')).toBe(1);
    expect(personalIdCenturyDigit(2000, 'male')).toBe(2);
    expect(personalIdCenturyDigit(2099, 'female')).toBe(3);
    expect(personalIdCenturyDigit(2100, 'male')).toBe(4);
    expect(() => personalIdCenturyDigit(1899, 'male')).toThrow(RangeError);
  });
});

describe('personal ID schemas', () => {
  it('checks an ID alone and against a birth date, on the id path', () => {
    expect(validate(personalIdSchema, '001095012345').success).toBe(true);
    expect(validate(personalIdSchema, '12345').success).toBe(false);
    expect(
      validate(personalIdWithBirthDateSchema, { id: '001095012345', birthDate: '1995-07-01' }).success,
    ).toBe(true);
    const result = validate(personalIdWithBirthDateSchema, { id: '001095012345', birthDate: '2005-07-01' });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.issues).toEqual([
        {
          path: '$.id',
          segments: ['id'],
          code: 'personal_id.century',
          message: {
            vi: expect.stringContaining('ngày sinh là 01/07/2005'),
            en: expect.stringContaining('2005-07-01'),
          },
        },
      ]);
    }
  });
});
