import { describe, expect, it } from 'vitest';
import { isoDateOf, isWeekend, toDayNumber } from './calendar-day';
import { CalendarError } from './calendar-error';
import holidays from './data/holidays.json';
import { holidayTable } from './holiday-table';
import { lunarNewYearOf } from './lunar-calendar';
import {
  computeYearHolidays,
  makeUpWorkingDaysOf,
  type PublicHoliday,
  publicHolidaysOf,
} from './public-holidays';

function on(year: number, date: string): PublicHoliday | undefined {
  return publicHolidaysOf(year).find((h) => h.date === date);
}

function weekdaysOff(from: string, to: string, days: ReadonlyMap<number, unknown>): string[] {
  const off: string[] = [];
  for (let d = toDayNumber(from) - 3; d <= toDayNumber(to) + 3; d++) {
    if (!isWeekend(d) && days.has(d)) off.push(isoDateOf(d));
  }
  return off;
}

describe('public holidays', () => {
  it('lists the announced nine-day Tết 2026 break, weekends included', () => {
    const tet = publicHolidaysOf(2026).filter((h) => h.occasion === 'tet');
    expect(tet.map((h) => h.date)).toEqual([
      '2026-02-14',
      '2026-02-15',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
    ]);
    expect(tet.every((h) => h.basis === 'announcement')).toBe(true);
    expect(on(2026, '2026-02-13')).toBeUndefined();
    expect(on(2026, '2026-02-23')).toBeUndefined();
  });

  it('has every fixed holiday of Labour Code 2019 Art. 112.1 with the table dates, 2020–2030', () => {
    for (const entry of holidays.years) {
      for (const date of [
        entry.new_year_day.date,
        entry.hung_kings_day.date,
        entry.reunification_day.date,
        entry.labour_day.date,
        entry.national_day.date,
      ]) {
        expect(on(entry.year, date)?.kind, date).toBe('holiday');
      }
    }
  });

  it('projects the Tết days the way every announced break since 2020 chose them', () => {
    for (const entry of holidayTable().values()) {
      if (entry.tetBreak === undefined) continue;
      const announced = computeYearHolidays(entry.year, entry).holidays;
      const projected = computeYearHolidays(entry.year, { ...entry, tetBreak: undefined }).holidays;
      const { from, to } = entry.tetBreak;
      const expected = weekdaysOff(from, to, announced);
      expect(expected.length, `${entry.year}`).toBeGreaterThanOrEqual(5);
      expect(weekdaysOff(from, to, projected), `Tết ${entry.year}`).toEqual(expected);
    }
  });

  it('gives the announced National Day adjacent day, and projects it otherwise', () => {
    expect(on(2024, '2024-09-03')).toMatchObject({ occasion: 'national_day', basis: 'announcement' });
    expect(on(2025, '2025-09-01')).toMatchObject({ occasion: 'national_day', basis: 'announcement' });
    expect(on(2026, '2026-09-01')).toMatchObject({ occasion: 'national_day', basis: 'projection' });
    // Labour Code 2012 (in force in 2020): National Day was a single day.
    expect(on(2020, '2020-09-01')).toBeUndefined();
    expect(on(2020, '2020-09-03')).toBeUndefined();
  });

  it('keeps the announced swaps: a weekday off made up on a Saturday', () => {
    expect(on(2024, '2024-04-29')).toMatchObject({ kind: 'swapped', basis: 'announcement' });
    expect(makeUpWorkingDaysOf(2024)).toEqual(['2024-05-04']);
    expect(on(2025, '2025-05-02')).toMatchObject({ kind: 'swapped', basis: 'announcement' });
    expect(makeUpWorkingDaysOf(2025)).toEqual(['2025-04-26']);
    expect(makeUpWorkingDaysOf(2026)).toEqual([]);
  });

  it('derives compensatory days off (Art. 111.3) as the table does, and as 2023 announced them', () => {
    expect(on(2023, '2023-05-02')).toMatchObject({ kind: 'compensatory', occasion: 'hung_kings' });
    expect(on(2023, '2023-05-03')).toMatchObject({ kind: 'compensatory', occasion: 'reunification' });
    expect(on(2023, '2023-01-02')).toMatchObject({ kind: 'compensatory', basis: 'announcement' });
    expect(on(2026, '2026-04-27')).toMatchObject({
      kind: 'compensatory',
      occasion: 'hung_kings',
      basis: 'law',
    });
    for (const entry of holidays.years) {
      for (const [occasion, date] of Object.entries(entry.rule_derived_compensatory_days)) {
        // 2029: 2/9 is a Sunday; with the adjacent day on Monday 3/9 the day off moves to 4/9 (the table
        // derived it without the adjacent day, python-holidays gives 4/9).
        if (entry.year === 2029 && occasion === 'national_day') continue;
        expect(on(entry.year, date), `${entry.year} ${occasion}`).toMatchObject({
          kind: 'compensatory',
          occasion,
        });
      }
    }
    expect(on(2029, '2029-09-04')).toMatchObject({ kind: 'compensatory', basis: 'projection' });
  });

  it('computes the lunar holidays of years after the table', () => {
    const tet = lunarNewYearOf(2031);
    expect(tet).toBe('2031-01-23');
    expect(on(2031, tet)).toMatchObject({ occasion: 'tet', basis: 'projection' });
    expect(publicHolidaysOf(2031).find((h) => h.occasion === 'hung_kings')?.date).toBe('2031-04-01');
  });

  it('refuses years outside 2020–2099', () => {
    expect(() => publicHolidaysOf(2019)).toThrow(CalendarError);
    expect(() => publicHolidaysOf(2100)).toThrow(/outside the working-day calendar's range/);
  });
});
