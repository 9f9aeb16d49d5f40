import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumberOf, isoDateOf, toDayNumber } from './calendar-day';
import { CalendarError } from './calendar-error';
import holidays from './data/holidays.json';
import {
  fromLunarDate,
  type LunarDate,
  lunarDateOfDay,
  lunarMonthOf,
  lunarNewYearOf,
  toLunarDate,
} from './lunar-calendar';

function lunar(year: number, month: number, day: number, leap = false): LunarDate {
  return { year, month, day, leap };
}

describe('the Vietnamese lunar calendar', () => {
  // Reference vectors from hungtrd/amlich testdata/testcase.json (an independent port of the same
  // algorithm), chosen to include every leap-month case of the first page and both ends of the range.
  const vectors: Array<[string, LunarDate]> = [
    ['2025-08-10', lunar(2025, 6, 17, true)],
    ['1963-06-14', lunar(1963, 4, 23, true)],
    ['2004-04-18', lunar(2004, 2, 29, true)],
    ['1971-06-29', lunar(1971, 5, 7, true)],
    ['2082-09-11', lunar(2082, 7, 19, true)],
    ['2074-08-15', lunar(2074, 6, 23, true)],
    ['2008-01-06', lunar(2007, 11, 28)],
    ['2035-01-17', lunar(2034, 12, 9)],
    ['2044-10-20', lunar(2044, 8, 30)],
    ['1988-03-17', lunar(1988, 1, 30)],
    ['1968-02-04', lunar(1968, 1, 7)],
    ['2021-04-11', lunar(2021, 2, 30)],
    ['2099-10-31', lunar(2099, 9, 18)],
    ['1950-01-28', lunar(1949, 12, 11)],
    ['2060-02-02', lunar(2060, 1, 1)],
    ['1984-01-01', lunar(1983, 11, 29)],
  ];

  it.each(vectors)('converts %s to and from its lunar date', (solar, expected) => {
    expect(toLunarDate(solar)).toEqual(expected);
    expect(fromLunarDate(expected)).toBe(solar);
  });

  it('reproduces Tết, Giỗ Tổ and the length of month 12 of the official table for 2020–2030', () => {
    for (const entry of holidays.years) {
      expect(lunarNewYearOf(entry.year), `Tết ${entry.year}`).toBe(entry.tet.lunar_new_year_day);
      expect(fromLunarDate(lunar(entry.year, 3, 10)), `Giỗ Tổ ${entry.year}`).toBe(entry.hung_kings_day.date);
      expect(toLunarDate(entry.tet.giao_thua_last_day_of_lunar_year)).toEqual(
        lunar(entry.year - 1, 12, entry.tet.lunar_month_12_length),
      );
    }
  });

  it('reckons days at UTC+7, which puts Tết 2030 a day before the Chinese (UTC+8) new year', () => {
    const at = (tz: number, year: number) => isoDateOf(lunarMonthOf(year, 1, false, tz)?.start ?? Number.NaN);
    expect(at(7, 2030)).toBe('2030-02-02');
    expect(at(8, 2030)).toBe('2030-02-03');
    expect(at(7, 2007)).toBe('2007-02-17');
    expect(at(8, 2007)).toBe('2007-02-18');
    expect(at(7, 1985)).toBe('1985-01-21');
    expect(at(8, 1985)).toBe('1985-02-20');
  });

  it('reads a Date as the day it is in Vietnam, whatever the host time zone', () => {
    // 17:30 UTC on 16 February 2026 is 00:30 on 17 February in Hanoi: Tết 2026.
    expect(toLunarDate(new Date('2026-02-16T17:30:00Z'))).toEqual(lunar(2026, 1, 1));
    expect(toLunarDate(new Date('2026-02-16T16:59:59Z'))).toEqual(lunar(2025, 12, 29));
  });

  it('converts any day of the range to a lunar date and back', () => {
    const from = dayNumberOf(1901, 1, 1) ?? 0;
    const to = dayNumberOf(2199, 12, 31) ?? 0;
    fc.assert(
      fc.property(fc.integer({ min: from, max: to }), (day) => {
        const converted = lunarDateOfDay(day, 7);
        expect(converted.day).toBeGreaterThanOrEqual(1);
        expect(converted.day).toBeLessThanOrEqual(30);
        expect(toDayNumber(fromLunarDate(converted))).toBe(day);
      }),
      { numRuns: 400 },
    );
  });

  it('refuses lunar dates that do not exist', () => {
    const refused = (date: LunarDate) => {
      try {
        fromLunarDate(date);
      } catch (error) {
        return CalendarError.isInstance(error) ? error.code : 'other';
      }
      return 'accepted';
    };
    expect(refused(lunar(2026, 6, 1, true))).toBe('calendar.invalid_lunar_date'); // 2026 has no leap month
    expect(refused(lunar(2025, 5, 1, true))).toBe('calendar.invalid_lunar_date'); // 2025's leap month is 6
    expect(refused(lunar(2025, 6, 1, true))).toBe('accepted');
    expect(refused(lunar(2025, 12, 30))).toBe('calendar.invalid_lunar_date'); // month 12 of 2025 has 29 days
    expect(refused(lunar(2025, 13, 1))).toBe('calendar.invalid_lunar_date');
    expect(refused(lunar(2025, 1, 0))).toBe('calendar.invalid_lunar_date');
    expect(refused(lunar(1899, 1, 1))).toBe('calendar.out_of_range');
    expect(refused(lunar(2200, 1, 1))).toBe('calendar.out_of_range');
  });

  it('refuses solar dates outside its range and malformed ones', () => {
    expect(() => toLunarDate('1899-12-31')).toThrow(/outside the lunar calendar's range/);
    expect(() => toLunarDate('2026-02-30')).toThrow(CalendarError);
    expect(() => toLunarDate(new Date(Number.NaN))).toThrow(/Invalid date/);
  });
});
