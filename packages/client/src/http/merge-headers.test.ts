import { describe, expect, it } from 'vitest';
import { mergeHeaders } from './merge-headers';

describe('mergeHeaders', () => {
  it('lets a later header replace an earlier one whatever the case of its name', () => {
    expect(
      mergeHeaders({ Accept: 'a', 'X-Request-Id': '1' }, undefined, { accept: 'b' }, { Authorization: 't' }),
    ).toEqual({ accept: 'b', 'X-Request-Id': '1', Authorization: 't' });
  });
});
