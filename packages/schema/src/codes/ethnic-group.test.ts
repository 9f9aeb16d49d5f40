import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '../validation/validate';
import {
  checkEthnicGroupCode,
  ethnicGroupByName,
  ethnicGroupLists,
  ethnicGroupName,
  ethnicGroups,
} from './ethnic-group';
import { ethnicGroupCodeSchema, ethnicGroupSchema } from './ethnic-group-schema';

describe('ethnic group lists', () => {
  it('bundles the 54 groups of the 1979 list with its legal basis and effective date', () => {
    expect(ethnicGroupLists()).toEqual([
      {
        version: '1979',
        name: 'Danh mục các dân tộc Việt Nam',
        legalBasis: expect.stringContaining('121-TCTK/PPCĐ'),
        effectiveFrom: '1979-03-02',
      },
    ]);
    const groups = ethnicGroups() ?? [];
    expect(groups).toHaveLength(54);
    expect(groups.map((g) => g.code)).toEqual(
      Array.from({ length: 54 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
    expect(new Set(groups.map((g) => g.name)).size).toBe(54);
    for (const g of groups) expect(g.name).toBe(g.name.normalize('NFC'));
    expect(ethnicGroups({ listVersion: '2099' })).toBeUndefined();
  });
});

describe('checkEthnicGroupCode', () => {
  it('names the group of a code in the 1979 list, where 04–06 are Hoa, Khơ-me, Mường', () => {
    expect(checkEthnicGroupCode('01')).toEqual({
      ok: true,
      value: { code: '01', name: 'Kinh', nameVariants: [], listVersion: '1979' },
    });
    expect(['04', '05', '06'].map((code) => ethnicGroupName(code))).toEqual(['Hoa', 'Khơ-me', 'Mường']);
    expect(ethnicGroupName('54', { listVersion: '1979' })).toBe('Rơ-măm');
  });

  it('refuses to check a code against a list version that is not bundled', () => {
    const result = checkEthnicGroupCode('04', { listVersion: 'statistics' });
    expect(result).toMatchObject({ ok: false, code: 'ethnic_group.list_version' });
    if (!result.ok) {
      expect(result.message.en).toContain('"statistics" is not bundled');
      expect(result.message.en).toContain('available: "1979"');
    }
  });

  it('rejects unknown and malformed codes precisely', () => {
    for (const code of ['00', '55', '99']) {
      expect(checkEthnicGroupCode(code)).toMatchObject({ ok: false, code: 'ethnic_group.unknown' });
    }
    const foreigners = checkEthnicGroupCode('55');
    if (!foreigners.ok) {
      expect(foreigners.message.en).toContain('54 groups coded 01 to 54');
      expect(foreigners.message.vi).toContain('người nước ngoài');
    }
    const short = checkEthnicGroupCode('1');
    expect(short).toMatchObject({ ok: false, code: 'ethnic_group.format' });
    if (!short.ok) expect(short.message.en).toContain('Keep the leading zero: "01"');
    expect(checkEthnicGroupCode('Kinh')).toMatchObject({ ok: false, code: 'ethnic_group.format' });
  });

  it('accepts exactly the codes 01 to 54', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), (n) => {
        const code = String(n).padStart(2, '0');
        expect(checkEthnicGroupCode(code).ok).toBe(n >= 1 && n <= 54);
      }),
    );
  });
});

describe('ethnicGroupByName', () => {
  it('finds a group by name or variant, whatever the Unicode form, case or hyphenation', () => {
    expect(ethnicGroupByName('Khmer')?.code).toBe('05');
    expect(ethnicGroupByName("H'Mông")?.code).toBe('08');
    expect(ethnicGroupByName('ê đê')?.code).toBe('12');
    expect(ethnicGroupByName('Bru - Vân Kiều')?.code).toBe('23');
    expect(ethnicGroupByName('Thái'.normalize('NFD'))?.code).toBe('03');
    expect(ethnicGroupByName('Thai')).toBeUndefined();
    expect(ethnicGroupByName('Kinh', { listVersion: 'other' })).toBeUndefined();
  });

  it('finds every group of the list by its own name', () => {
    for (const g of ethnicGroups() ?? []) expect(ethnicGroupByName(g.name.toUpperCase())?.code).toBe(g.code);
  });
});

describe('ethnic group schemas', () => {
  it('checks a stored { code, listVersion } and reports on the right path', () => {
    expect(validate(ethnicGroupSchema, { code: '06', listVersion: '1979' }).success).toBe(true);
    const unknown = validate(ethnicGroupSchema, { code: '60', listVersion: '1979' });
    expect(unknown.success).toBe(false);
    if (!unknown.success)
      expect(unknown.issues[0]).toMatchObject({ path: '$.code', code: 'ethnic_group.unknown' });
    const version = validate(ethnicGroupSchema, { code: '06', listVersion: '2009' });
    expect(version.success).toBe(false);
    if (!version.success) {
      expect(version.issues[0]).toMatchObject({ path: '$.listVersion', code: 'ethnic_group.list_version' });
    }
    expect(validate(ethnicGroupCodeSchema, '54').success).toBe(true);
    expect(validate(ethnicGroupCodeSchema, '5').success).toBe(false);
  });
});
