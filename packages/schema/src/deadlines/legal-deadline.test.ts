import { describe, expect, it } from 'vitest';
import { CalendarError } from '../calendar/calendar-error';
import { createWorkingDayCalendar } from '../calendar/working-day-calendar';
import { legalDeadline } from './legal-deadline';
import { LegalRuleError } from './legal-rule-error';

describe('legal deadlines', () => {
  it('answers a connection request received on the Friday before Tết 2026 by the end of 24 February', () => {
    const deadline = legalDeadline('connection-account', new Date('2026-02-13T16:30:00+07:00'));
    expect(deadline.rule.value).toBe(2);
    expect(deadline.eventDate).toBe('2026-02-13');
    expect(deadline.dueDate).toBe('2026-02-24');
    expect(deadline.dueBy.toISOString()).toBe('2026-02-24T17:00:00.000Z');
  });

  it('applies the version in force on the day the request was received', () => {
    // Friday 15 August 2025, under the 5-day rule: Mon 18 … Fri 22.
    expect(legalDeadline('connection-account', '2025-08-15').dueDate).toBe('2025-08-22');
    // Tuesday 19 August 2025, under the 2-day rule: Wed 20, Thu 21.
    expect(legalDeadline('connection-account', '2025-08-19').dueDate).toBe('2025-08-21');
  });

  it('skips the 30/4–1/5 holidays and the weekend when publishing a service (Art. 25)', () => {
    expect(legalDeadline('service-publication', '2026-04-29').dueDate).toBe('2026-05-04');
  });

  it('counts each dispute step (Art. 49) over the Tết break', () => {
    // Thu 12 Feb 2026: Fri 13, then the break 14–22 Feb, then 23, 24, 25, 26, 27 Feb and Mon 2 Mar.
    expect(legalDeadline('dispute-provider-answer', '2026-02-12').dueDate).toBe('2026-03-02');
    expect(legalDeadline('dispute-it-unit-answer', '2026-03-02').dueDate).toBe('2026-03-11');
  });

  it('gives the latest day to announce a planned suspension, leaving 7 full working days (Art. 43.3)', () => {
    const calendar = createWorkingDayCalendar();
    const deadline = legalDeadline('planned-downtime-notice', '2026-03-16');
    expect(deadline.dueDate).toBe('2026-03-04');
    // Working days after the notice day and before the suspension day: Thu 5 … Fri 13 March.
    expect(calendar.workingDaysBetween(deadline.dueDate, '2026-03-15')).toBe(7);
    expect(calendar.workingDaysBetween(calendar.addWorkingDays(deadline.dueDate, 1), '2026-03-15')).toBe(6);
  });

  it('counts open-data months to the corresponding day, or the month end, then the next working day', () => {
    // 30 November + 3 months: 28 February 2025, a Friday.
    expect(legalDeadline('open-data-update', '2024-11-30').dueDate).toBe('2025-02-28');
    // 31 May 2025 + 3 months: Sunday 31 August; 1–2 September 2025 are National Day holidays.
    expect(legalDeadline('open-data-update', '2025-05-31').dueDate).toBe('2025-09-03');
    expect(legalDeadline('open-data-catalogue-review', '2025-01-31').dueDate).toBe('2025-07-31');
  });

  it('counts on the calendar it is given', () => {
    const local = createWorkingDayCalendar({ extraHolidays: ['2026-02-23'] });
    expect(legalDeadline('connection-account', '2026-02-13', local).dueDate).toBe('2026-02-25');
  });

  it('refuses unknown rules, dates out of force and malformed dates with typed errors', () => {
    expect(() => legalDeadline('nope', '2026-01-05')).toThrow(LegalRuleError);
    expect(() => legalDeadline('open-data-update', '2026-01-05')).toThrow(/not in force/);
    expect(() => legalDeadline('service-publication', '2026-13-01')).toThrow(CalendarError);
    expect(() => legalDeadline('service-publication', '2099-12-31')).toThrow(
      /outside the working-day calendar/,
    );
  });
});
