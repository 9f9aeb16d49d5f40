import { describe, expect, it } from 'vitest';
import { validate } from '../validation/validate';
import { checkCommuneCode } from './commune-code';
import { communeCodeSchema } from './commune-code-schema';

describe('checkCommuneCode', () => {
  it('checks the 5-digit form only', () => {
    expect(checkCommuneCode('00004')).toEqual({ ok: true, value: '00004' });
    const result = checkCommuneCode('4');
    expect(result).toMatchObject({ ok: false, code: 'commune_code.format' });
    if (!result.ok) expect(result.message.vi).toContain('Có thể là "00004"?');
    expect(validate(communeCodeSchema, '123456').success).toBe(false);
  });
});
