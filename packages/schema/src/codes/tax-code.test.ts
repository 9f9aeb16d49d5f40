import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '../validation/validate';
import { checkTaxCode, taxCodeCheckDigit } from './tax-code';
import { taxCodeSchema } from './tax-code-schema';

const nineDigits = fc.stringMatching(/^\d{9}$/);

describe('checkTaxCode', () => {
  it('accepts the known valid codes', () => {
    expect(checkTaxCode('0100109106')).toEqual({ ok: true, value: { base: '0100109106' } });
    expect(checkTaxCode('0300588569').ok).toBe(true);
    expect(checkTaxCode('0100109106-001')).toEqual({
      ok: true,
      value: { base: '0100109106', branch: '001' },
    });
  });

  it('rejects a wrong check digit and says which digit is expected', () => {
    const result = checkTaxCode('0100109107');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.code).toBe('tax_code.check_digit');
      expect(result.message.en).toContain('should be 6');
      expect(result.message.vi).toContain('phải là 6');
    }
  });

  it('explains a 13-digit code written without its dash', () => {
    const result = checkTaxCode('0100109106001');
    expect(result).toMatchObject({ ok: false, code: 'tax_code.missing_dash' });
  });

  it('rejects other shapes and the 000 branch', () => {
    for (const bad of ['', '010010910', '01001091061', 'O100109106', '0100109106-01', '0100109106 001']) {
      expect(checkTaxCode(bad)).toMatchObject({ ok: false, code: 'tax_code.format' });
    }
    expect(checkTaxCode('0100109106-000')).toMatchObject({ ok: false, code: 'tax_code.branch' });
  });

  it('accepts any nine digits followed by their computed check digit', () => {
    fc.assert(
      fc.property(nineDigits, (nine) => {
        const digit = taxCodeCheckDigit(nine);
        fc.pre(digit !== undefined);
        expect(checkTaxCode(`${nine}${digit}`).ok).toBe(true);
      }),
    );
  });

  it('rejects every single-digit change of a valid code', () => {
    fc.assert(
      fc.property(
        nineDigits,
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        (nine, at, delta) => {
          const digit = taxCodeCheckDigit(nine);
          fc.pre(digit !== undefined);
          const valid = `${nine}${digit}`;
          const changed = (Number(valid[at]) + delta) % 10;
          const mutated = `${valid.slice(0, at)}${changed}${valid.slice(at + 1)}`;
          expect(checkTaxCode(mutated).ok).toBe(false);
        },
      ),
    );
  });

  it('treats a prefix whose weighted sum is divisible by 11 as invalid', () => {
    // 0,0,0,0,0,0,0,0,0 gives S = 0: no digit can follow.
    expect(taxCodeCheckDigit('000000000')).toBeUndefined();
    for (let d = 0; d <= 9; d++) expect(checkTaxCode(`000000000${d}`).ok).toBe(false);
  });
});

describe('taxCodeSchema', () => {
  it('reports the JSON path and both languages through validate()', () => {
    const result = validate(taxCodeSchema, '0100109107');
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.issues).toEqual([
        {
          path: '$',
          segments: [],
          code: 'tax_code.check_digit',
          message: {
            vi: expect.stringContaining('chữ số kiểm tra'),
            en: expect.stringContaining('check digit'),
          },
        },
      ]);
    }
  });
});
