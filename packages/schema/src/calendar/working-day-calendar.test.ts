import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { dayNumberOf, isoDateOf } from './calendar-day';
import { CalendarError } from './calendar-error';
import { createWorkingDayCalendar } from './working-day-calendar';

const calendar = createWorkingDayCalendar();

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return CalendarError.isInstance(error) ? error.code : 'other';
  }
  return 'no error';
}

describe('the working-day calendar', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  it('skips a weekend: Friday + 1 working day is Monday, and so is Saturday + 1', () => {
    expect(calendar.addWorkingDays('2026-03-06', 1)).toBe('2026-03-09');
    expect(calendar.addWorkingDays('2026-03-07', 1)).toBe('2026-03-09');
    expect(calendar.addWorkingDays('2026-03-08', 1)).toBe('2026-03-09');
    expect(calendar.isWorkingDay('2026-03-07')).toBe(false);
    expect(calendar.isWorkingDay('2026-03-09')).toBe(true);
  });

  it('skips the Tết 2026 break: a request received Friday 13 February is due 24 February (2 days)', () => {
    const fridayAfternoon = new Date('2026-02-13T16:30:00+07:00');
    expect(calendar.isWorkingDay(fridayAfternoon)).toBe(true);
    expect(calendar.addWorkingDays(fridayAfternoon, 1)).toBe('2026-02-23');
    expect(calendar.addWorkingDays(fridayAfternoon, 2)).toBe('2026-02-24');
    expect(calendar.addWorkingDays('2026-02-13', 5)).toBe('2026-02-27');
    expect(calendar.workingDaysBetween('2026-02-13', '2026-02-24')).toBe(2);
    expect(calendar.holidayOn('2026-02-17')).toMatchObject({ occasion: 'tet', basis: 'announcement' });
  });

  it('does not count the start day, even when it is a holiday', () => {
    expect(calendar.addWorkingDays('2026-02-18', 1)).toBe('2026-02-23');
    expect(calendar.addWorkingDays('2026-02-18', 0)).toBe('2026-02-18');
  });

  it('works on an announced make-up Saturday and rests on the swapped weekday', () => {
    expect(calendar.isWorkingDay('2024-05-04')).toBe(true);
    expect(calendar.isWorkingDay('2024-04-29')).toBe(false);
    // Friday 26 April 2024: Mon 29/4 swapped, 30/4 and 1/5 holidays, Thu 2/5, Fri 3/5, Sat 4/5 worked.
    expect(calendar.addWorkingDays('2024-04-26', 3)).toBe('2024-05-04');
  });

  it('counts backwards with a negative count', () => {
    expect(calendar.addWorkingDays('2026-02-23', -1)).toBe('2026-02-13');
    expect(calendar.addWorkingDays('2026-03-09', -1)).toBe('2026-03-06');
    expect(calendar.workingDaysBetween('2026-02-23', '2026-02-13')).toBe(-1);
  });

  it('reads a Date as its day in Vietnam (UTC+7) whatever the host time zone', () => {
    for (const tz of ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Ho_Chi_Minh']) {
      process.env.TZ = tz;
      // 23:59 on Friday 13 February 2026 in Hanoi is a working day; a minute later it is Saturday.
      expect(calendar.isWorkingDay(new Date('2026-02-13T16:59:00Z')), tz).toBe(true);
      expect(calendar.isWorkingDay(new Date('2026-02-13T17:00:00Z')), tz).toBe(false);
      expect(calendar.addWorkingDays(new Date('2026-02-13T17:00:00Z'), 1), tz).toBe('2026-02-23');
    }
  });

  it('inverts addWorkingDays with workingDaysBetween, both ways', () => {
    // 400 working days is under two years: stay that far inside the range.
    const from = dayNumberOf(2022, 1, 1) ?? 0;
    const to = dayNumberOf(2097, 12, 31) ?? 0;
    fc.assert(
      fc.property(fc.integer({ min: from, max: to }), fc.integer({ min: -400, max: 400 }), (day, n) => {
        const start = isoDateOf(day);
        const end = calendar.addWorkingDays(start, n);
        expect(calendar.workingDaysBetween(start, end)).toBe(n);
        if (n !== 0) expect(calendar.isWorkingDay(end)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('takes extra holidays and extra working days from its settings', () => {
    const local = createWorkingDayCalendar({
      extraHolidays: ['2026-03-09'],
      extraWorkingDays: ['2026-03-07'],
    });
    expect(local.isWorkingDay('2026-03-09')).toBe(false);
    expect(local.holidayOn('2026-03-09')).toMatchObject({ occasion: 'custom', basis: 'settings' });
    expect(local.isWorkingDay('2026-03-07')).toBe(true);
    expect(local.addWorkingDays('2026-03-06', 1)).toBe('2026-03-07');
    expect(local.addWorkingDays('2026-03-06', 2)).toBe('2026-03-10');
    // The default calendar is unchanged.
    expect(calendar.isWorkingDay('2026-03-09')).toBe(true);
    expect(
      codeOf(() =>
        createWorkingDayCalendar({ extraHolidays: ['2026-03-09'], extraWorkingDays: ['2026-03-09'] }),
      ),
    ).toBe('calendar.conflicting_days');
  });

  it('refuses bad dates, bad counts and days outside 2020–2099 with typed errors', () => {
    expect(codeOf(() => calendar.isWorkingDay('2026-2-3'))).toBe('calendar.invalid_date');
    expect(codeOf(() => calendar.isWorkingDay('2026-02-30'))).toBe('calendar.invalid_date');
    expect(codeOf(() => calendar.isWorkingDay('2026-02-13T10:00:00+07:00'))).toBe('calendar.invalid_date');
    expect(codeOf(() => calendar.isWorkingDay(new Date('nope')))).toBe('calendar.invalid_date');
    expect(codeOf(() => calendar.addWorkingDays('2026-02-13', 1.5))).toBe('calendar.invalid_count');
    expect(codeOf(() => calendar.addWorkingDays('2026-02-13', Number.POSITIVE_INFINITY))).toBe(
      'calendar.invalid_count',
    );
    expect(codeOf(() => calendar.isWorkingDay('2019-12-31'))).toBe('calendar.out_of_range');
    expect(codeOf(() => calendar.addWorkingDays('2099-12-30', 5))).toBe('calendar.out_of_range');
    expect(codeOf(() => createWorkingDayCalendar({ extraHolidays: ['2101-01-01'] }))).toBe(
      'calendar.out_of_range',
    );
  });

  it('explains a refused date in Vietnamese and English', () => {
    try {
      calendar.isWorkingDay('31/12/2026');
      expect.unreachable();
    } catch (error) {
      expect(CalendarError.isInstance(error)).toBe(true);
      const { localized } = error as CalendarError;
      expect(localized.vi).toContain('không hợp lệ');
      expect(localized.en).toContain('YYYY-MM-DD');
    }
  });
});
