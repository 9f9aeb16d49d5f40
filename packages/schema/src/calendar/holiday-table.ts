import * as z from 'zod';
import holidays from './data/holidays.json';

/*
 * The verified holiday table for 2020–2030 (data/holidays.json, a copy of the project's reference
 * data; its `source` block names every notice and site). Only what the calendar relies on is read, and
 * it is checked once, on first use, so a bad edit of the file fails loudly instead of shifting deadlines.
 */

/** The occasions of Labour Code 2019 Art. 112.1 (Labour Code 2012 Art. 115.1 in 2020). */
export type HolidayOccasion = 'new_year' | 'tet' | 'hung_kings' | 'reunification' | 'labour' | 'national_day';

/** An announced block of days off (`from`–`to`, inclusive) for one occasion. */
export interface AnnouncedBreak {
  occasion: HolidayOccasion | 'reunification_labour';
  from: string;
  to: string;
}

/** What the table states for one year. */
export interface HolidayTableYear {
  year: number;
  /** The Labour Code in force: 2012 for 2020 (National Day 1 day), 2019 from 2021. */
  labourCode: 2012 | 2019;
  lunarNewYear: string;
  hungKings: string;
  /** The announced Tết break, weekends included, when one was found. */
  tetBreak?: { from: string; to: string };
  /** The announced adjacent National Day (Art. 112.1đ), when one was found. */
  nationalDaySecondDay?: string;
  /** Other announced breaks (30/4–1/5, National Day). */
  breaks: AnnouncedBreak[];
  /** Announced compensatory days off (nghỉ bù) outside any break. */
  compensatory: Array<{ occasion: HolidayOccasion; date: string }>;
  /** Announced swaps (hoán đổi): a weekday off, made up on a Saturday. */
  swaps: Array<{ dayOff: string; makeUpWorkingDay: string }>;
  /** Compensatory days the table's authors derived from Art. 111.3 (not announcements), by occasion. */
  ruleDerivedCompensatory: Record<string, string>;
}

const isoDate = z.iso.date();
const range = z.object({ from: isoDate, to: isoDate });
const pair = z.tuple([isoDate, isoDate]);
// "2023-05-02 (for Giỗ Tổ on Sat 29/4)": the date, then a note.
const annotatedDate = z.string().regex(/^\d{4}-\d{2}-\d{2}(\s|$)/);

const yearSchema = z.object({
  year: z.number().int(),
  labour_code: z.string().regex(/^(2012|2019) /),
  new_year_day: z.object({ date: isoDate }),
  tet: z.object({
    lunar_new_year_day: isoDate,
    giao_thua_last_day_of_lunar_year: isoDate,
    lunar_month_12_length: z.number().int(),
    announced_schedule: z.object({ official_break: range }).nullable(),
  }),
  hung_kings_day: z.object({ date: isoDate }),
  reunification_day: z.object({ date: isoDate }),
  labour_day: z.object({ date: isoDate }),
  national_day: z.object({ date: isoDate, second_day: z.string().nullable() }),
  rule_derived_compensatory_days: z.record(z.string(), isoDate),
  other_announcements: z
    .object({
      apr30_may1: z
        .object({ official_break: pair, compensatory: z.array(annotatedDate).optional() })
        .optional(),
      new_year: z.object({ compensatory: z.array(annotatedDate) }).optional(),
      national_day: z.object({ holiday_days: z.array(isoDate), official_break: pair }).optional(),
    })
    .optional(),
  swap_days_hoan_doi: z.union([
    z.literal('none found'),
    z.array(z.object({ occasion: z.string(), day_off: isoDate, make_up_working_day: isoDate })),
  ]),
});

const tableSchema = z.object({ years: z.array(yearSchema) });

type RawYear = z.infer<typeof yearSchema>;

function toTableYear(raw: RawYear): HolidayTableYear {
  const labourCode = raw.labour_code.startsWith('2012') ? 2012 : 2019;
  const secondDay = raw.national_day.second_day;
  const other = raw.other_announcements;
  const breaks: AnnouncedBreak[] = [];
  const compensatory: HolidayTableYear['compensatory'] = [];
  if (other?.apr30_may1) {
    const [from, to] = other.apr30_may1.official_break;
    breaks.push({ occasion: 'reunification_labour', from, to });
  }
  if (other?.national_day) {
    const [from, to] = other.national_day.official_break;
    breaks.push({ occasion: 'national_day', from, to });
  }
  for (const text of other?.new_year?.compensatory ?? []) {
    compensatory.push({ occasion: 'new_year', date: text.slice(0, 10) });
  }
  const swaps =
    raw.swap_days_hoan_doi === 'none found'
      ? []
      : raw.swap_days_hoan_doi.map((s) => ({ dayOff: s.day_off, makeUpWorkingDay: s.make_up_working_day }));
  return {
    year: raw.year,
    labourCode,
    lunarNewYear: raw.tet.lunar_new_year_day,
    hungKings: raw.hung_kings_day.date,
    ...(raw.tet.announced_schedule ? { tetBreak: raw.tet.announced_schedule.official_break } : {}),
    ...(secondDay !== null && isoDate.safeParse(secondDay).success
      ? { nationalDaySecondDay: secondDay }
      : {}),
    breaks,
    compensatory,
    swaps,
    ruleDerivedCompensatory: raw.rule_derived_compensatory_days,
  };
}

/** Checks a holiday table in the shape of data/holidays.json and indexes its years; throws a ZodError if it is not. */
export function parseHolidayTable(raw: unknown): ReadonlyMap<number, HolidayTableYear> {
  const parsed = tableSchema.parse(raw);
  return new Map(parsed.years.map((year) => [year.year, toTableYear(year)]));
}

let table: ReadonlyMap<number, HolidayTableYear> | undefined;

/** The built-in table's years, checked and indexed on first use. */
export function holidayTable(): ReadonlyMap<number, HolidayTableYear> {
  if (table === undefined) table = parseHolidayTable(holidays);
  return table;
}
