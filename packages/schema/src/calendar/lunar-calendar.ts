import {
  type CalendarDateInput,
  type DayNumber,
  datePartsOf,
  dayNumberOf,
  isoDateOf,
  toDayNumber,
} from './calendar-day';
import { CalendarError } from './calendar-error';

/*
 * The Vietnamese lunisolar calendar, computed with Hồ Ngọc Đức's algorithm (new moons and solar
 * longitude after Meeus, "Astronomical Algorithms"; lunar month 11 holds the winter solstice; in a
 * 13-month year the first month without a major solar term is the leap month). The time zone matters:
 * Vietnam reckons days at UTC+7, China at UTC+8, so the two calendars sometimes differ by a day
 * (Tết 2030: 2 February in Vietnam, 3 February in China).
 */

/** A date in the Vietnamese lunar calendar (âm lịch). */
export interface LunarDate {
  /** The lunar year, named by the solar year in which its first month begins (Tết 2026 starts lunar 2026). */
  year: number;
  /** 1–12 (tháng Giêng = 1, tháng Chạp = 12). */
  month: number;
  /** 1–30. */
  day: number;
  /** True for a leap month (tháng nhuận), which repeats the number of the month before it. */
  leap: boolean;
}

/** The years the lunar calendar computes (solar years for conversions from, lunar years for conversions to). */
export const LUNAR_CALENDAR_YEARS: { readonly from: number; readonly to: number } = { from: 1900, to: 2199 };

/** Hours east of UTC used to reckon lunar days in Vietnam. */
export const VIETNAM_TIME_ZONE_HOURS = 7;

// Julian Day Number of 1970-01-01.
const JDN_OF_DAY_ZERO = 2_440_588;
const SYNODIC_MONTH = 29.530588853;
const NEW_MOON_EPOCH = 2_415_021.076998695;
const RADIANS_PER_DEGREE = Math.PI / 180;

/** Julian Ephemeris Day of the k-th new moon after the one of 1900-01-01 (Meeus). */
function newMoon(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const dr = RADIANS_PER_DEGREE;
  let jd1 = 2_415_020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
  const m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3; // Sun's mean anomaly
  const mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3; // Moon's mean anomaly
  const f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3; // Moon's argument of latitude
  let c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m);
  c1 = c1 - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr);
  c1 = c1 - 0.0004 * Math.sin(dr * 3 * mpr);
  c1 = c1 + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr));
  c1 = c1 - 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m));
  c1 = c1 - 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr));
  c1 = c1 + 0.001 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
  const deltaT =
    t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return jd1 + c1 - deltaT;
}

/** The Julian Day Number of the local day on which the k-th new moon falls. */
function newMoonDay(k: number, timeZone: number): number {
  return Math.floor(newMoon(k) + 0.5 + timeZone / 24);
}

/** The Sun's true longitude in radians, in [0, 2π), at Julian Day `jd`. */
function sunLongitude(jd: number): number {
  const t = (jd - 2_451_545.0) / 36525;
  const t2 = t * t;
  const dr = RADIANS_PER_DEGREE;
  const m = 357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2; // mean anomaly
  const l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2; // mean longitude
  let dl = (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m);
  dl += (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.00029 * Math.sin(dr * 3 * m);
  const longitude = (l0 + dl) * dr;
  return longitude - 2 * Math.PI * Math.floor(longitude / (2 * Math.PI));
}

/** Which of the 12 major solar terms (30° sectors, 0–11) the Sun is in at local midnight starting day `jdn`. */
function solarTermSector(jdn: number, timeZone: number): number {
  return Math.floor((sunLongitude(jdn - 0.5 - timeZone / 24) / Math.PI) * 6);
}

/** Julian Day Number of the first day of lunar month 11 (the month of the winter solstice) of solar year `year`. */
function lunarMonth11(year: number, timeZone: number): number {
  const offset = (dayNumberOf(year, 12, 31) ?? 0) + JDN_OF_DAY_ZERO - 2_415_021;
  const k = Math.floor(offset / SYNODIC_MONTH);
  const day = newMoonDay(k, timeZone);
  // The new moon of 31 December's month may come after the solstice; then month 11 began a moon earlier.
  return solarTermSector(day, timeZone) >= 9 ? newMoonDay(k - 1, timeZone) : day;
}

/** Index (counted from month 11 = 0) of the leap month in a 13-month year starting at `a11`. */
function leapMonthOffset(a11: number, timeZone: number): number {
  const k = Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let arc = solarTermSector(newMoonDay(k + i, timeZone), timeZone);
  let last: number;
  do {
    last = arc;
    i += 1;
    arc = solarTermSector(newMoonDay(k + i, timeZone), timeZone);
  } while (arc !== last && i < 14);
  return i - 1;
}

function outOfRange(year: number, input: unknown): CalendarError {
  const { from, to } = LUNAR_CALENDAR_YEARS;
  return new CalendarError({
    code: 'calendar.out_of_range',
    message: {
      vi: `Năm ${year} nằm ngoài phạm vi của lịch âm (${from}–${to}).`,
      en: `Year ${year} is outside the lunar calendar's range (${from}–${to}).`,
    },
    input,
  });
}

/** The lunar date of a day number, at the given time zone. Internal: callers check the range. */
export function lunarDateOfDay(day: DayNumber, timeZone: number): LunarDate {
  const jdn = day + JDN_OF_DAY_ZERO;
  const solarYear = datePartsOf(day).year;
  const k = Math.floor((jdn - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  let monthStart = newMoonDay(k + 1, timeZone);
  if (monthStart > jdn) monthStart = newMoonDay(k, timeZone);
  let a11 = lunarMonth11(solarYear, timeZone);
  let b11 = a11;
  let year: number;
  if (a11 >= monthStart) {
    year = solarYear;
    a11 = lunarMonth11(solarYear - 1, timeZone);
  } else {
    year = solarYear + 1;
    b11 = lunarMonth11(solarYear + 1, timeZone);
  }
  const diff = Math.floor((monthStart - a11) / 29);
  let month = diff + 11;
  let leap = false;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11, timeZone);
    if (diff >= leapDiff) {
      month = diff + 10;
      leap = diff === leapDiff;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) year -= 1;
  return { year, month, day: jdn - monthStart + 1, leap };
}

/**
 * The day number of the first day of a lunar month and its length, or undefined when the year has no
 * such (leap) month. Internal: callers check the range.
 */
export function lunarMonthOf(
  year: number,
  month: number,
  leap: boolean,
  timeZone: number,
): { start: DayNumber; length: number } | undefined {
  const [a11, b11] =
    month < 11
      ? [lunarMonth11(year - 1, timeZone), lunarMonth11(year, timeZone)]
      : [lunarMonth11(year, timeZone), lunarMonth11(year + 1, timeZone)];
  const k = Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  let offset = month - 11;
  if (offset < 0) offset += 12;
  if (b11 - a11 > 365) {
    const leapOffset = leapMonthOffset(a11, timeZone);
    let leapMonth = leapOffset - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && month !== leapMonth) return undefined;
    if (leap || offset >= leapOffset) offset += 1;
  } else if (leap) {
    return undefined;
  }
  const start = newMoonDay(k + offset, timeZone);
  const next = newMoonDay(k + offset + 1, timeZone);
  return { start: start - JDN_OF_DAY_ZERO, length: next - start };
}

/** The lunar date of a solar day (a `Date` is read in UTC+7). Years 1900–2199. */
export function toLunarDate(date: CalendarDateInput): LunarDate {
  const day = toDayNumber(date);
  const { year } = datePartsOf(day);
  if (year < LUNAR_CALENDAR_YEARS.from || year > LUNAR_CALENDAR_YEARS.to) throw outOfRange(year, date);
  return lunarDateOfDay(day, VIETNAM_TIME_ZONE_HOURS);
}

/**
 * The solar `YYYY-MM-DD` date of a lunar date. Lunar years 1900–2199. Throws a `CalendarError`
 * (`calendar.invalid_lunar_date`) for a date that does not exist: a leap month the year does not have,
 * or day 30 of a 29-day month.
 */
export function fromLunarDate(lunar: LunarDate): string {
  const { year, month, day, leap } = lunar;
  const wellFormed =
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) && typeof leap === 'boolean';
  if (wellFormed && (year < LUNAR_CALENDAR_YEARS.from || year > LUNAR_CALENDAR_YEARS.to)) {
    throw outOfRange(year, lunar);
  }
  const found =
    wellFormed && month >= 1 && month <= 12 && day >= 1 && day <= 30
      ? lunarMonthOf(year, month, leap, VIETNAM_TIME_ZONE_HOURS)
      : undefined;
  if (found === undefined || day > found.length) {
    const written = `${day}/${month}/${year}`;
    throw new CalendarError({
      code: 'calendar.invalid_lunar_date',
      message: {
        vi: `Ngày âm lịch ${written}${leap ? ' (tháng nhuận)' : ''} không tồn tại.`,
        en: `The lunar date ${written}${leap ? ' (leap month)' : ''} does not exist.`,
      },
      input: lunar,
    });
  }
  return isoDateOf(found.start + day - 1);
}

/** Tết Nguyên Đán (mùng 1 tháng Giêng) of lunar year `year`, as `YYYY-MM-DD`, computed at UTC+7. */
export function lunarNewYearOf(year: number): string {
  return fromLunarDate({ year, month: 1, day: 1, leap: false });
}
