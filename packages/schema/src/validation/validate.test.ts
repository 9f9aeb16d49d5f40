import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { ChiaseError } from '../errors/chiase-error';
import { ValidationError } from '../errors/validation-error';
import { toJsonPath } from './json-path';
import { validate } from './validate';

describe('validate', () => {
  const schema = z.object({ name: z.string().min(3), items: z.array(z.object({ count: z.number() })) });

  it('returns the parsed data when valid', () => {
    expect(validate(schema, { name: 'abc', items: [] })).toEqual({
      success: true,
      data: { name: 'abc', items: [] },
    });
  });

  it('names every failing JSON path with Vietnamese and English messages', () => {
    const result = validate(schema, { name: 'x', items: [{ count: 1 }, { count: 'many' }] });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((i) => i.path)).toEqual(['$.name', '$.items[1].count']);
    const typeIssue = result.issues[1];
    expect(typeIssue?.code).toBe('invalid_type');
    expect(typeIssue?.message.en).toMatch(/expected number, received string/);
    expect(typeIssue?.message.vi).toMatch(/mong đợi number, nhận được string/);
  });
});

describe('toJsonPath', () => {
  it('quotes keys that are not identifiers', () => {
    expect(toJsonPath([])).toBe('$');
    expect(toJsonPath(['a', 0, 'data-items', 'b'])).toBe('$.a[0]["data-items"].b');
  });
});

describe('ValidationError', () => {
  it('is recognised by brand, lists issues and keeps both languages', () => {
    const error = new ValidationError({
      subject: { vi: 'Mô tả dịch vụ', en: 'Service description' },
      issues: [
        {
          path: '$.name',
          segments: ['name'],
          code: 'too_small',
          message: { vi: 'quá ngắn', en: 'too short' },
        },
      ],
    });
    expect(ValidationError.isInstance(error)).toBe(true);
    expect(ChiaseError.isInstance(error)).toBe(true);
    expect(ValidationError.isInstance(new Error('x'))).toBe(false);
    expect(error.message).toBe('Service description is invalid (1 issue):\n  $.name: too short');
    expect(error.localized.vi).toContain('Mô tả dịch vụ không hợp lệ');
  });
});
