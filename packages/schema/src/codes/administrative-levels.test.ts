import { describe, expect, it } from 'vitest';
import {
  administrativeLevelsAt,
  administrativePeriodAt,
  DISTRICTS_ABOLISHED_FROM,
} from './administrative-levels';
import data from './data/administrative-levels.json';
import { PROVINCE_LIST_2025_FROM } from './province-code';

describe('administrative levels', () => {
  it('has three levels until 2025-06-30 and two, without districts, from 2025-07-01', () => {
    expect(administrativeLevelsAt('2025-06-30')).toEqual(['province', 'district', 'commune']);
    expect(administrativeLevelsAt('2025-07-01')).toEqual(['province', 'commune']);
    expect(administrativeLevelsAt('1990-01-01')).toContain('district');
    expect(administrativeLevelsAt()).toEqual(['province', 'commune']);
    expect(DISTRICTS_ABOLISHED_FROM).toBe('2025-07-01');
    expect(administrativePeriodAt('2030-01-01')).toMatchObject({ from: '2025-07-01' });
    expect(administrativePeriodAt('2030-01-01').to).toBeUndefined();
  });

  it('agrees with the province list on the reform date and has contiguous periods', () => {
    expect(DISTRICTS_ABOLISHED_FROM).toBe(PROVINCE_LIST_2025_FROM);
    for (let i = 1; i < data.periods.length; i++) {
      const previous = data.periods[i - 1]?.to;
      const from = data.periods[i]?.from;
      expect(previous).toBeTypeOf('string');
      const next = new Date(Date.parse(`${previous}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      expect(from).toBe(next);
    }
  });

  it('throws on a malformed date, which is a programming error', () => {
    expect(() => administrativeLevelsAt('2025-7-1')).toThrow(RangeError);
  });
});
