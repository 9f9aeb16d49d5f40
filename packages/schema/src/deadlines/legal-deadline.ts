import {
  type CalendarDateInput,
  datePartsOf,
  dayNumberOf,
  endOfDayInVietnam,
  isoDateOf,
  toDayNumber,
  toIsoDate,
} from '../calendar/calendar-day';
import { createWorkingDayCalendar, type WorkingDayCalendar } from '../calendar/working-day-calendar';
import type { LegalRule } from './legal-rule';
import { legalRuleAt } from './legal-rule-at';

/** A deadline computed from a legal time rule. */
export interface LegalDeadline {
  /** The rule version applied: the one in force on `eventDate`. */
  rule: LegalRule;
  /** The event the period runs from (`after` rules) or back from (`before` rules), `YYYY-MM-DD`. */
  eventDate: string;
  /**
   * `after` rules: the last day to act. `before` rules: the latest day on which acting still leaves the
   * whole period before the event. Always a working day of the calendar used. `YYYY-MM-DD`.
   */
  dueDate: string;
  /** When `dueDate` ends: 24:00 in Vietnam (UTC+7) (Civil Code 2015 Art. 148.6). */
  dueBy: Date;
}

let builtInCalendar: WorkingDayCalendar | undefined;

function defaultCalendar(): WorkingDayCalendar {
  if (builtInCalendar === undefined) builtInCalendar = createWorkingDayCalendar();
  return builtInCalendar;
}

function addMonths(day: number, months: number): number {
  const { year, month, day: date } = datePartsOf(day);
  const index = year * 12 + (month - 1) + months;
  const [targetYear, targetMonth] = [Math.floor(index / 12), (index % 12) + 1];
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  // Civil Code 2015 Art. 148.3: the corresponding day of the last month, or that month's last day.
  return dayNumberOf(targetYear, targetMonth, Math.min(date, lastDay)) as number;
}

/**
 * The deadline that rule `id` sets for an event on `eventDate` (a `Date` is read in UTC+7), counted on
 * `calendar` (default: the built-in Vietnamese working-day calendar).
 *
 * How it counts (Civil Code 2015 Art. 147–148, which apply because Decree 47/2020 sets no other rule):
 * - the event day is never counted (Art. 147.3), so a request received on Friday afternoon with a
 *   2-working-day rule is due on Tuesday, Monday and Tuesday being working days;
 * - working days: the `value`-th working day after the event;
 * - months: the corresponding day `value` months later, or that month's last day (Art. 148.3), moved to
 *   the next working day when it is a weekend or holiday (Art. 148.5);
 * - `before` rules (Art. 43.3 notice of a planned suspension): the last working day that leaves `value`
 *   full working days between it and the event, the act's own day not counted. This is a conservative
 *   reading of "ít nhất 07 ngày làm việc trước khi tạm ngừng"; it is one working day earlier than
 *   counting the notice day itself.
 *
 * Throws a `LegalRuleError` for an unknown rule or a date no version covers, a `CalendarError` for a
 * malformed date or one the calendar does not cover.
 */
export function legalDeadline(
  id: string,
  eventDate: CalendarDateInput,
  calendar?: WorkingDayCalendar,
): LegalDeadline {
  const rule = legalRuleAt(id, eventDate);
  const days = calendar ?? defaultCalendar();
  const event = toIsoDate(eventDate);
  let due: string;
  if (rule.unit === 'working_days') {
    due = days.addWorkingDays(event, rule.direction === 'after' ? rule.value : -(rule.value + 1));
  } else {
    const sign = rule.direction === 'after' ? 1 : -1;
    due = isoDateOf(addMonths(toDayNumber(event), sign * rule.value));
    if (!days.isWorkingDay(due)) due = days.addWorkingDays(due, sign);
  }
  return { rule, eventDate: event, dueDate: due, dueBy: endOfDayInVietnam(toDayNumber(due)) };
}
