import {
  type CalendarDateInput,
  type DayNumber,
  datePartsOf,
  isoDateOf,
  isWeekend,
  toDayNumber,
} from './calendar-day';
import { CalendarError } from './calendar-error';
import { checkCalendarYear, type PublicHoliday, yearHolidays } from './public-holidays';

/** Settings of {@link createWorkingDayCalendar}. */
export interface WorkingDayCalendarSettings {
  /**
   * Further days off: a local holiday, or a newly announced Tết break the built-in table does not have
   * yet. They win over weekdays and over the built-in make-up Saturdays. Default: none.
   */
  extraHolidays?: readonly CalendarDateInput[];
  /**
   * Days worked although they are a weekend or a built-in holiday: a newly announced make-up Saturday,
   * or a projected holiday that the announcement did not keep. Default: none.
   * A day may not be both an extra holiday and an extra working day.
   */
  extraWorkingDays?: readonly CalendarDateInput[];
}

/**
 * Working days of Vietnamese state bodies: Monday to Friday, minus public holidays and compensatory
 * days off, plus announced make-up Saturdays. Years 2020–2099; a `Date` is read as its day in UTC+7.
 *
 * Counting rule of {@link WorkingDayCalendar.addWorkingDays}: the day of the event (a request received,
 * a service made ready) is never counted, whatever the hour and whether or not it is a working day; the
 * period runs from the next day and ends at the end (24:00) of its last working day. This is the
 * Civil Code 2015 rule (Art. 147.3: the day of the event is not counted; Art. 148.1 and 148.6: a period
 * in days ends at 24:00 of its last day; Art. 148.5: a last day that is a weekend or holiday moves to
 * the next working day), which applies unless another law says otherwise (Art. 145.1); Decree 47/2020
 * says nothing else. So a request received on Friday afternoon, or on Saturday, with a 2-working-day
 * deadline is due by the end of Tuesday (Monday and Tuesday being working days).
 */
export interface WorkingDayCalendar {
  /** True when `date` is a working day. */
  isWorkingDay(date: CalendarDateInput): boolean;
  /**
   * The `n`-th working day after `start` (`start` itself not counted), as `YYYY-MM-DD`; with a negative
   * `n`, the `|n|`-th working day before `start`; `start` itself for 0.
   */
  addWorkingDays(start: CalendarDateInput, n: number): string;
  /**
   * The number of working days after `start` up to and including `end`. When `end` is before `start`,
   * minus the number of working days from `end` (included) to `start` (excluded). Either way
   * `workingDaysBetween(s, addWorkingDays(s, n)) === n`.
   */
  workingDaysBetween(start: CalendarDateInput, end: CalendarDateInput): number;
  /** The day off `date` is, if it is a public holiday, compensatory, swapped or extra day off. */
  holidayOn(date: CalendarDateInput): PublicHoliday | undefined;
}

const EXTRA_HOLIDAY_NAME = { vi: 'Ngày nghỉ bổ sung', en: 'Additional day off' };

function dayInRange(input: CalendarDateInput): DayNumber {
  const day = toDayNumber(input);
  checkCalendarYear(datePartsOf(day).year, input);
  return day;
}

/** Creates a working-day calendar, optionally with caller-given days off and days worked. */
export function createWorkingDayCalendar(settings: WorkingDayCalendarSettings = {}): WorkingDayCalendar {
  const extraHolidays = new Set((settings.extraHolidays ?? []).map(dayInRange));
  const extraWorkingDays = new Set((settings.extraWorkingDays ?? []).map(dayInRange));
  for (const day of extraHolidays) {
    if (extraWorkingDays.has(day)) {
      const date = isoDateOf(day);
      throw new CalendarError({
        code: 'calendar.conflicting_days',
        message: {
          vi: `Ngày ${date} vừa là ngày nghỉ bổ sung vừa là ngày làm việc bổ sung.`,
          en: `${date} is given both as an extra holiday and as an extra working day.`,
        },
        input: date,
      });
    }
  }

  function holidayOfDay(day: DayNumber): PublicHoliday | undefined {
    if (extraWorkingDays.has(day)) return undefined;
    if (extraHolidays.has(day)) {
      return {
        date: isoDateOf(day),
        occasion: 'custom',
        kind: 'holiday',
        basis: 'settings',
        name: EXTRA_HOLIDAY_NAME,
      };
    }
    return yearHolidays(datePartsOf(day).year).holidays.get(day);
  }

  function isWorkingDayNumber(day: DayNumber): boolean {
    checkCalendarYear(datePartsOf(day).year, isoDateOf(day));
    if (extraWorkingDays.has(day)) return true;
    if (extraHolidays.has(day)) return false;
    const { holidays, makeUpWorkingDays } = yearHolidays(datePartsOf(day).year);
    if (makeUpWorkingDays.has(day)) return true;
    return !isWeekend(day) && !holidays.has(day);
  }

  return {
    isWorkingDay: (date) => isWorkingDayNumber(dayInRange(date)),
    holidayOn: (date) => holidayOfDay(dayInRange(date)),
    addWorkingDays(start, n) {
      if (!Number.isSafeInteger(n)) {
        throw new CalendarError({
          code: 'calendar.invalid_count',
          message: {
            vi: `Số ngày làm việc phải là số nguyên, nhận được ${String(n)}.`,
            en: `The number of working days must be an integer, got ${String(n)}.`,
          },
          input: n,
        });
      }
      let day = dayInRange(start);
      const step = n < 0 ? -1 : 1;
      for (let left = Math.abs(n); left > 0; ) {
        day += step;
        if (isWorkingDayNumber(day)) left--;
      }
      return isoDateOf(day);
    },
    workingDaysBetween(start, end) {
      const from = dayInRange(start);
      const to = dayInRange(end);
      let count = 0;
      if (from <= to) {
        for (let day = from + 1; day <= to; day++) if (isWorkingDayNumber(day)) count++;
        return count;
      }
      for (let day = to; day < from; day++) if (isWorkingDayNumber(day)) count--;
      return count;
    },
  };
}
