import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '../validation/validate';
import { checkDistrictCode } from './district-code';
import { districtCodeSchema } from './district-code-schema';

describe('checkDistrictCode', () => {
  it('accepts a 3-digit code on a record dated before 2025-07-01', () => {
    expect(checkDistrictCode('001', { at: '2025-06-30' })).toEqual({
      ok: true,
      value: { code: '001', at: '2025-06-30' },
    });
  });

  it('rejects any district code on a record dated from 2025-07-01, when there is no district level', () => {
    const result = checkDistrictCode('001', { at: '2025-07-01' });
    expect(result).toMatchObject({ ok: false, code: 'district_code.abolished' });
    if (!result.ok) {
      expect(result.message.en).toContain('there is no district level');
      expect(result.message.vi).toContain('không còn cấp huyện');
    }
    // With no date, today is used: after the reform.
    expect(checkDistrictCode('001')).toMatchObject({ ok: false, code: 'district_code.abolished' });
  });

  it('rejects malformed codes and proposes the zero-padded form', () => {
    const result = checkDistrictCode('1', { at: '2020-01-01' });
    expect(result).toMatchObject({ ok: false, code: 'district_code.format' });
    if (!result.ok) expect(result.message.en).toContain('Did you mean "001"?');
    for (const bad of ['0001', '00a', '']) {
      expect(checkDistrictCode(bad, { at: '2020-01-01' })).toMatchObject({
        ok: false,
        code: 'district_code.format',
      });
    }
  });

  it('accepts every 3-digit string before the reform and none after it', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{3}$/), (code) => {
        expect(checkDistrictCode(code, { at: '2024-01-01' }).ok).toBe(true);
        expect(checkDistrictCode(code, { at: '2025-07-01' }).ok).toBe(false);
      }),
    );
  });

  it('reports through the dated schema on the code path', () => {
    const result = validate(districtCodeSchema, { code: '271', at: '2026-01-01' });
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.issues[0]).toMatchObject({ path: '$.code', code: 'district_code.abolished' });
  });
});
