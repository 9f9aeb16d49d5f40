import { describe, expect, it } from 'vitest';
import { SecretRedactor } from './secret-redactor';

describe('SecretRedactor', () => {
  it('masks every occurrence of every known secret, the longer one first', () => {
    const redactor = new SecretRedactor();
    redactor.add('abc');
    redactor.add('abcdef');
    redactor.add('');
    expect(redactor.redact('x abcdef y abc z abcdef')).toBe('x *** y *** z ***');
  });

  it('leaves text without secrets as it is', () => {
    expect(new SecretRedactor().redact('nothing here')).toBe('nothing here');
  });
});
