import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '../validation/validate';
import { checkAgencyId, parseAgencyId } from './agency-id';
import { agencyIdSchema } from './agency-id-schema';
import { CodeError } from './code-error';

const level1 = fc.stringMatching(/^[A-Y]\d\d$/);
const group = fc.stringMatching(/^[0-9A-Z]{1,6}$/);
const validAgency = fc
  .tuple(level1, fc.array(group, { maxLength: 5 }))
  .map(([first, rest]) => [first, ...rest].join('.'))
  .filter((id) => id.length <= 35);
const validOther = fc
  .tuple(fc.integer({ min: 1, max: 99 }), fc.stringMatching(/^[0-9A-Z][0-9A-Z.]{0,31}$/))
  .map(([n, org]) => `Z${String(n).padStart(2, '0')}${org}`);

describe('checkAgencyId', () => {
  it('accepts identifiers of ministries, sectors and localities and parses their levels', () => {
    expect(checkAgencyId('G01')).toEqual({
      ok: true,
      value: { kind: 'agency', level1: 'G01', groups: ['G01'], level: 1, lineage: ['G01'] },
    });
    expect(checkAgencyId('H09.23.05')).toEqual({
      ok: true,
      value: {
        kind: 'agency',
        level1: 'H09',
        groups: ['H09', '23', '05'],
        level: 3,
        lineage: ['H09', 'H09.23', 'H09.23.05'],
        parent: 'H09.23',
      },
    });
    // Art. 4.3 sets no length for groups below level 1.
    expect(checkAgencyId('A00.1.ABCDEFGHIJ.0').ok).toBe(true);
    expect(checkAgencyId('Y99.X').ok).toBe(true);
  });

  it('accepts identifiers of other organisations under a scheme Z01–Z99', () => {
    expect(checkAgencyId('Z01ABC123')).toEqual({
      ok: true,
      value: { kind: 'other-organisation', scheme: 'Z01', organisation: 'ABC123' },
    });
    expect(checkAgencyId(`Z99${'9'.repeat(32)}`).ok).toBe(true);
  });

  it('ignores surrounding whitespace', () => {
    expect(checkAgencyId('  G01.02 ').ok).toBe(true);
  });

  it('rejects an empty identifier', () => {
    expect(checkAgencyId('   ')).toMatchObject({ ok: false, code: 'agency_id.empty' });
  });

  it('rejects more than 35 characters and says how long the identifier is', () => {
    const id = `H09.${'1'.repeat(32)}`;
    const result = checkAgencyId(id);
    expect(result).toMatchObject({ ok: false, code: 'agency_id.too_long' });
    if (!result.ok) {
      expect(result.message.en).toContain('is 36 characters long; the maximum is 35');
      expect(result.message.en).toContain('Art. 4.1');
      expect(result.message.vi).toContain('dài 36 ký tự; tối đa 35 ký tự');
    }
  });

  it('rejects lowercase letters and proposes the uppercase form', () => {
    const result = checkAgencyId('h09.ab');
    expect(result).toMatchObject({ ok: false, code: 'agency_id.lowercase' });
    if (!result.ok) {
      expect(result.message.en).toContain('Write "H09.AB"');
      expect(result.message.vi).toContain('Hãy viết "H09.AB"');
    }
  });

  it('names the first forbidden character and its position', () => {
    const result = checkAgencyId('H09-23');
    expect(result).toMatchObject({ ok: false, code: 'agency_id.characters' });
    if (!result.ok) {
      expect(result.message.en).toContain('"-" (U+002D) at position 4');
      expect(result.message.vi).toContain('"-" (U+002D) ở vị trí 4');
    }
    const spaced = checkAgencyId('H09 23');
    expect(spaced).toMatchObject({ ok: false, code: 'agency_id.characters' });
    if (!spaced.ok) expect(spaced.message.en).toContain('whitespace (U+0020)');
    // Vietnamese letters are not in A–Z.
    expect(checkAgencyId('H09.Đ')).toMatchObject({ ok: false, code: 'agency_id.characters' });
  });

  it('rejects empty groups', () => {
    for (const bad of ['H09.', '.H09', 'H09..23']) {
      expect(checkAgencyId(bad)).toMatchObject({ ok: false, code: 'agency_id.empty_group' });
    }
  });

  it('rejects a first group that is not a letter A–Y and two digits', () => {
    for (const bad of ['G1', 'G001', 'GG1', '001', 'A0B.01']) {
      expect(checkAgencyId(bad)).toMatchObject({ ok: false, code: 'agency_id.first_group' });
    }
    const result = checkAgencyId('H0923');
    expect(result).toMatchObject({ ok: false, code: 'agency_id.first_group' });
    if (!result.ok) {
      expect(result.message.en).toContain('one capital letter A to Y, then two digits');
      expect(result.message.en).toContain('separate it with a dot: "H09.23"');
      expect(result.message.vi).toContain('hãy tách bằng dấu chấm: "H09.23"');
    }
  });

  it('checks the scheme identifier of other organisations', () => {
    expect(checkAgencyId('ZAB123')).toMatchObject({ ok: false, code: 'agency_id.scheme' });
    expect(checkAgencyId('Z1')).toMatchObject({ ok: false, code: 'agency_id.scheme' });
    const zero = checkAgencyId('Z00ABC');
    expect(zero).toMatchObject({ ok: false, code: 'agency_id.scheme' });
    if (!zero.ok) expect(zero.message.en).toContain('from Z01 to Z99');
    expect(checkAgencyId('Z05')).toMatchObject({ ok: false, code: 'agency_id.organisation_missing' });
    expect(checkAgencyId('Z05.ABC')).toMatchObject({ ok: false, code: 'agency_id.scheme_separator' });
    const long = checkAgencyId(`Z05${'A'.repeat(33)}`);
    expect(long).toMatchObject({ ok: false, code: 'agency_id.too_long' });
    if (!long.ok) expect(long.message.en).toContain('Art. 6.3');
  });

  it('points an enterprise code to the tax-code validator', () => {
    for (const code of ['0100109106', '0100109106-001']) {
      const result = checkAgencyId(code);
      expect(result).toMatchObject({ ok: false, code: 'agency_id.enterprise_code' });
      if (!result.ok) expect(result.message.en).toContain('checkTaxCode');
    }
  });

  it('accepts every well-formed identifier', () => {
    fc.assert(
      fc.property(fc.oneof(validAgency, validOther), (id) => {
        expect(checkAgencyId(id).ok).toBe(true);
      }),
    );
  });

  it('rejects any identifier with a lowercase letter', () => {
    fc.assert(
      fc.property(
        fc.oneof(validAgency, validOther),
        fc.nat(),
        fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'),
        (id, at, letter) => {
          const i = at % (id.length + 1);
          const result = checkAgencyId(`${id.slice(0, i)}${letter}${id.slice(i)}`);
          expect(result.ok).toBe(false);
        },
      ),
    );
  });

  it('rejects any string over 35 characters', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ minLength: 36, maxLength: 80 }),
          fc.stringMatching(/^[A-Z0-9.]{36,80}$/),
          validAgency.map((id) => `${id}.${'A'.repeat(36)}`),
          validOther.map((id) => id.padEnd(36, '9')),
        ),
        (raw) => {
          fc.pre(raw.trim().length > 35);
          expect(checkAgencyId(raw).ok).toBe(false);
        },
      ),
    );
  });
});

describe('parseAgencyId', () => {
  it('gives the levels of a valid identifier, each one a valid identifier of its parent unit', () => {
    fc.assert(
      fc.property(validAgency, (id) => {
        const parsed = parseAgencyId(id);
        if (parsed.kind !== 'agency') throw new Error('expected an agency identifier');
        expect(parsed.lineage.at(-1)).toBe(id);
        expect(parsed.lineage).toHaveLength(parsed.level);
        for (const ancestor of parsed.lineage) expect(checkAgencyId(ancestor).ok).toBe(true);
        if (parsed.level > 1)
          expect(parseAgencyId(parsed.parent ?? '')).toMatchObject({ level: parsed.level - 1 });
      }),
    );
  });

  it('throws a CodeError with the reason for an invalid identifier', () => {
    expect(() => parseAgencyId('H0923')).toThrowError(
      expect.objectContaining({ code: 'agency_id.first_group' }),
    );
    try {
      parseAgencyId('h09');
      expect.unreachable();
    } catch (error) {
      expect(CodeError.isInstance(error)).toBe(true);
    }
  });
});

describe('agencyIdSchema', () => {
  it('reports the reason and both languages through validate()', () => {
    expect(validate(agencyIdSchema, 'G01.02')).toEqual({ success: true, data: 'G01.02' });
    const result = validate(agencyIdSchema, 'g01');
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.issues).toEqual([
        {
          path: '$',
          segments: [],
          code: 'agency_id.lowercase',
          message: { vi: expect.stringContaining('chữ thường'), en: expect.stringContaining('lowercase') },
        },
      ]);
    }
  });
});
