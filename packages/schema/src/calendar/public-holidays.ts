import type { LocalizedMessage } from '../errors/localized-message';
import { type DayNumber, dayNumberOf, isoDateOf, isWeekend, toDayNumber, weekdayOf } from './calendar-day';
import { CalendarError } from './calendar-error';
import { type HolidayOccasion, type HolidayTableYear, holidayTable } from './holiday-table';
import { fromLunarDate } from './lunar-calendar';

export type { HolidayOccasion } from './holiday-table';

/** The years the working-day calendar covers. Holidays after the announced ones are projections. */
export const WORKING_DAY_CALENDAR_YEARS: { readonly from: number; readonly to: number } = {
  from: 2020,
  to: 2099,
};

/**
 * Where a day off comes from:
 * - `law`: fixed by the Labour Code (1/1, Giỗ Tổ, 30/4, 1/5, 2/9) or derived from its compensation rule
 *   (Art. 111.3) for such a day;
 * - `announcement`: an announced schedule (Tết break, National Day adjacent day, swaps) from the
 *   holiday table;
 * - `projection`: a day the Prime Minister has not announced yet (Art. 112.3), projected from past
 *   practice; replace it with the announcement through `extraHolidays` / `extraWorkingDays` until the
 *   table is updated;
 * - `settings`: given by the caller (`extraHolidays`).
 */
export type HolidayBasis = 'law' | 'announcement' | 'projection' | 'settings';

/** A day off for state bodies with a Saturday–Sunday weekly rest. */
export interface PublicHoliday {
  /** `YYYY-MM-DD`. */
  date: string;
  /** The Art. 112.1 occasion (or `custom` for a caller's extra holiday). */
  occasion: HolidayOccasion | 'custom';
  /** A holiday day itself, a compensatory day off (nghỉ bù), or a weekday swapped for a Saturday (hoán đổi). */
  kind: 'holiday' | 'compensatory' | 'swapped';
  /** Whether the law, an announcement, a projection or the caller's settings make it a day off. */
  basis: HolidayBasis;
  /** What the day is called, e.g. `Nghỉ bù Giỗ Tổ Hùng Vương`. */
  name: LocalizedMessage;
}

const OCCASION_NAMES: Record<HolidayOccasion, LocalizedMessage> = {
  new_year: { vi: 'Tết Dương lịch', en: "New Year's Day" },
  tet: { vi: 'Tết Âm lịch', en: 'Lunar New Year (Tết)' },
  hung_kings: { vi: 'Giỗ Tổ Hùng Vương', en: "Hùng Kings' Commemoration Day" },
  reunification: { vi: 'Ngày Chiến thắng', en: 'Reunification Day' },
  labour: { vi: 'Ngày Quốc tế lao động', en: 'International Labour Day' },
  national_day: { vi: 'Quốc khánh', en: 'National Day' },
};

interface Statutory {
  day: DayNumber;
  occasion: HolidayOccasion;
  basis: HolidayBasis;
}

/** The five Tết days projected from past practice (see {@link projectedTetDays}). */
export function projectedTetDays(lunarNewYear: DayNumber): DayNumber[] {
  // The two days before mùng 1 and mùng 1–3, weekend days among them compensated by the general rule:
  // this gives the same weekdays off as every announced break 2020–2026 (2022 and 2026 named the days
  // differently, 30 Tết + mùng 1–4, but the weekdays off are the same).
  return [-2, -1, 0, 1, 2].map((offset) => lunarNewYear + offset);
}

/** The National Day adjacent day (Art. 112.1đ) projected from past practice. */
export function projectedNationalDaySecondDay(nationalDay: DayNumber): DayNumber {
  // The side that makes the longer break: announced for 2024 (Monday → 3/9) and 2025 (Tuesday → 1/9);
  // python-holidays uses the same choice for the other weekdays.
  const after = [true, true, false, false, true, false, false]; // Sunday … Saturday
  return after[weekdayOf(nationalDay)] ? nationalDay + 1 : nationalDay - 1;
}

function day(year: number, month: number, date: number): DayNumber {
  return dayNumberOf(year, month, date) as DayNumber;
}

function statutoryDays(year: number, entry: HolidayTableYear | undefined): Statutory[] {
  const hungKings = toDayNumber(entry?.hungKings ?? fromLunarDate({ year, month: 3, day: 10, leap: false }));
  const nationalDay = day(year, 9, 2);
  const days: Statutory[] = [
    { day: day(year, 1, 1), occasion: 'new_year', basis: 'law' },
    { day: hungKings, occasion: 'hung_kings', basis: 'law' },
    { day: day(year, 4, 30), occasion: 'reunification', basis: 'law' },
    { day: day(year, 5, 1), occasion: 'labour', basis: 'law' },
    { day: nationalDay, occasion: 'national_day', basis: 'law' },
  ];
  // Labour Code 2019 Art. 112.1đ added the adjacent day from 2021; in 2020 (Labour Code 2012) 2/9 was one day.
  if (year >= 2021) {
    days.push(
      entry?.nationalDaySecondDay === undefined
        ? { day: projectedNationalDaySecondDay(nationalDay), occasion: 'national_day', basis: 'projection' }
        : { day: toDayNumber(entry.nationalDaySecondDay), occasion: 'national_day', basis: 'announcement' },
    );
  }
  if (entry?.tetBreak === undefined) {
    const lunarNewYear = toDayNumber(
      entry?.lunarNewYear ?? fromLunarDate({ year, month: 1, day: 1, leap: false }),
    );
    for (const tet of projectedTetDays(lunarNewYear))
      days.push({ day: tet, occasion: 'tet', basis: 'projection' });
  }
  return days.sort((a, b) => a.day - b.day);
}

function compensatoryName(occasion: HolidayOccasion): LocalizedMessage {
  const name = OCCASION_NAMES[occasion];
  return { vi: `Nghỉ bù ${name.vi}`, en: `Compensatory day off for ${name.en}` };
}

/** Every day off of one year, by day, plus the Saturdays worked to make up a swap. */
export interface YearHolidays {
  holidays: ReadonlyMap<DayNumber, PublicHoliday>;
  makeUpWorkingDays: ReadonlySet<DayNumber>;
}

/** The days off of `year` given its holiday-table entry (undefined: all projected). */
export function computeYearHolidays(year: number, entry: HolidayTableYear | undefined): YearHolidays {
  const holidays = new Map<DayNumber, PublicHoliday>();
  const add = (at: DayNumber, holiday: Omit<PublicHoliday, 'date'>) => {
    if (!holidays.has(at)) holidays.set(at, { date: isoDateOf(at), ...holiday });
  };
  const statutory = statutoryDays(year, entry);
  for (const s of statutory)
    add(s.day, { occasion: s.occasion, kind: 'holiday', basis: s.basis, name: OCCASION_NAMES[s.occasion] });
  if (entry?.tetBreak) {
    const from = toDayNumber(entry.tetBreak.from);
    for (let d = from; d <= toDayNumber(entry.tetBreak.to); d++) {
      add(d, { occasion: 'tet', kind: 'holiday', basis: 'announcement', name: OCCASION_NAMES.tet });
    }
  }
  const makeUpWorkingDays = new Set<DayNumber>();
  for (const swap of entry?.swaps ?? []) {
    const off = toDayNumber(swap.dayOff);
    const madeUp = swap.makeUpWorkingDay;
    const nearest = statutory.reduce((a, b) => (Math.abs(b.day - off) < Math.abs(a.day - off) ? b : a));
    add(off, {
      occasion: nearest.occasion,
      kind: 'swapped',
      basis: 'announcement',
      name: {
        vi: `Nghỉ hoán đổi (làm bù ngày ${madeUp.slice(8, 10)}/${madeUp.slice(5, 7)}/${madeUp.slice(0, 4)})`,
        en: `Swapped day off (made up on ${madeUp})`,
      },
    });
    makeUpWorkingDays.add(toDayNumber(swap.makeUpWorkingDay));
  }
  const announcedCompensation = new Set<HolidayOccasion>();
  for (const c of entry?.compensatory ?? []) {
    add(toDayNumber(c.date), {
      occasion: c.occasion,
      kind: 'compensatory',
      basis: 'announcement',
      name: compensatoryName(c.occasion),
    });
    announcedCompensation.add(c.occasion);
  }
  const breaks = (entry?.breaks ?? []).map((b) => ({ from: toDayNumber(b.from), to: toDayNumber(b.to) }));
  // Labour Code 2019 Art. 111.3 (2012: Art. 115): a holiday on a weekly rest day is made up on the next
  // working day. Where an announced break contains the holiday, the announcement decides.
  for (const s of statutory) {
    if (!isWeekend(s.day) || announcedCompensation.has(s.occasion)) continue;
    let next = s.day + 1;
    while (isWeekend(next) || holidays.has(next)) next++;
    const within = breaks.find((b) => s.day >= b.from && s.day <= b.to);
    if (within && next > within.to) continue;
    // Projected when a projected day of the same occasion, or one the search stepped over, could move it.
    const projected = statutory.some(
      (other) =>
        other.basis === 'projection' &&
        (other.occasion === s.occasion || (other.day > s.day && other.day < next)),
    );
    add(next, {
      occasion: s.occasion,
      kind: 'compensatory',
      basis: within ? 'announcement' : projected ? 'projection' : 'law',
      name: compensatoryName(s.occasion),
    });
  }
  // Any other weekday inside an announced break is a day off the announcement gives.
  for (const [index, b] of breaks.entries()) {
    const occasion = entry?.breaks[index]?.occasion === 'national_day' ? 'national_day' : 'reunification';
    for (let d = b.from; d <= b.to; d++) {
      if (!isWeekend(d))
        add(d, { occasion, kind: 'holiday', basis: 'announcement', name: OCCASION_NAMES[occasion] });
    }
  }
  return { holidays, makeUpWorkingDays };
}

const cache = new Map<number, YearHolidays>();

/** Throws a `CalendarError` (`calendar.out_of_range`) for a year the calendar does not cover. */
export function checkCalendarYear(year: number, input: unknown): void {
  const { from, to } = WORKING_DAY_CALENDAR_YEARS;
  if (year >= from && year <= to) return;
  throw new CalendarError({
    code: 'calendar.out_of_range',
    message: {
      vi: `Năm ${year} nằm ngoài phạm vi của lịch ngày làm việc (${from}–${to}).`,
      en: `Year ${year} is outside the working-day calendar's range (${from}–${to}).`,
    },
    input,
  });
}

/** The days off and make-up working days of a year (cached). Internal: callers check the range. */
export function yearHolidays(year: number): YearHolidays {
  let found = cache.get(year);
  if (found === undefined) {
    found = computeYearHolidays(year, holidayTable().get(year));
    cache.set(year, found);
  }
  return found;
}

/**
 * The public holidays of `year` (2020–2099) for state bodies, sorted by date: the Labour Code's
 * holidays (2019 Art. 112.1; 2012 Art. 115 in 2020), compensatory days off, and the announced Tết
 * breaks and swaps of the holiday table; later years are projected and say so in `basis`.
 * Weekend days are listed only when they are a holiday or inside an announced Tết break.
 */
export function publicHolidaysOf(year: number): readonly PublicHoliday[] {
  checkCalendarYear(year, year);
  return [...yearHolidays(year).holidays.entries()].sort(([a], [b]) => a - b).map(([, holiday]) => holiday);
}

/** Saturdays worked to make up a swapped day off (hoán đổi) in `year`, as `YYYY-MM-DD`. */
export function makeUpWorkingDaysOf(year: number): readonly string[] {
  checkCalendarYear(year, year);
  return [...yearHolidays(year).makeUpWorkingDays].sort((a, b) => a - b).map(isoDateOf);
}
