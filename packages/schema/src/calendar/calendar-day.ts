import { CalendarError } from './calendar-error';

/**
 * A calendar day: a `YYYY-MM-DD` string, or a `Date`, which stands for the day it falls on in Vietnam
 * (Asia/Ho_Chi_Minh, UTC+7), whatever the host's time zone. `new Date('2026-02-13T23:30:00Z')` is
 * 14 February 2026 in Vietnam.
 */
export type CalendarDateInput = string | Date;

const MS_PER_DAY = 86_400_000;
// Vietnam has used UTC+7 without daylight saving since 1975.
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A day counted from 1970-01-01 (day 0); the calendar's internal unit. */
export type DayNumber = number;

/** The day number of a proleptic Gregorian date, or undefined when the date does not exist. */
export function dayNumberOf(year: number, month: number, day: number): DayNumber | undefined {
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  return Math.round(date.getTime() / MS_PER_DAY);
}

/** Year, month (1–12) and day of a day number. */
export function datePartsOf(day: DayNumber): { year: number; month: number; day: number } {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The `YYYY-MM-DD` form of a day number. */
export function isoDateOf(day: DayNumber): string {
  const parts = datePartsOf(day);
  const year = String(parts.year).padStart(4, '0');
  return `${year}-${String(parts.month).padStart(2, '0')}-${String(parts.day).padStart(2, '0')}`;
}

/** Day of the week of a day number: 0 Sunday … 6 Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(day: DayNumber): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** True on Saturday and Sunday, the weekly rest days of state bodies. */
export function isWeekend(day: DayNumber): boolean {
  const weekday = weekdayOf(day);
  return weekday === 0 || weekday === 6;
}

function describe(input: unknown): string {
  if (input instanceof Date) return 'Date(Invalid Date)';
  if (typeof input === 'string') return JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input);
  return typeof input;
}

/**
 * The day number of a calendar-day input. A string must be exactly `YYYY-MM-DD` and exist; a `Date`
 * must be valid and is read in UTC+7. Throws a `CalendarError` (`calendar.invalid_date`) otherwise.
 */
export function toDayNumber(input: CalendarDateInput): DayNumber {
  if (input instanceof Date) {
    const time = input.getTime();
    if (Number.isFinite(time)) return Math.floor((time + VIETNAM_OFFSET_MS) / MS_PER_DAY);
  } else if (typeof input === 'string') {
    const match = PATTERN.exec(input);
    if (match) {
      const day = dayNumberOf(Number(match[1]), Number(match[2]), Number(match[3]));
      if (day !== undefined) return day;
    }
  }
  const shown = describe(input);
  throw new CalendarError({
    code: 'calendar.invalid_date',
    message: {
      vi: `Ngày ${shown} không hợp lệ: cần một ngày dương lịch dạng YYYY-MM-DD hoặc một Date hợp lệ.`,
      en: `Invalid date ${shown}: expected a calendar date written YYYY-MM-DD or a valid Date.`,
    },
    input,
  });
}

/** The instant a day ends in Vietnam: 24:00 UTC+7, i.e. 00:00 UTC+7 of the next day. */
export function endOfDayInVietnam(day: DayNumber): Date {
  return new Date((day + 1) * MS_PER_DAY - VIETNAM_OFFSET_MS);
}

/** The `YYYY-MM-DD` form of a calendar-day input (a `Date` read in UTC+7). */
export function toIsoDate(input: CalendarDateInput): string {
  return isoDateOf(toDayNumber(input));
}
