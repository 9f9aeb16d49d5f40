import { legalDeadline, type WorkingDayCalendar } from '@chiase/schema';

/** Where a pending connection request stands against its deadline. */
export interface ConnectionRequestDeadline {
  /** The last working day to answer, `YYYY-MM-DD`. */
  dueDate: string;
  /** When that day ends (24:00 in Vietnam). */
  dueBy: Date;
  /** The article and value applied (the version in force on the day the request was received). */
  rule: { article: string; value: number };
  /** True once `dueBy` has passed without a decision. */
  overdue: boolean;
}

/**
 * The deadline to answer a connection request with an account or a reasoned refusal: 2 working days
 * from receipt (Decree 47/2020 Art. 35.3 as amended by Decree 194/2025; 5 for requests received
 * before 19 August 2025), from `legalDeadline('connection-account')`.
 */
export function connectionRequestDeadline(
  receivedAt: Date,
  now: Date = new Date(),
  calendar?: WorkingDayCalendar,
): ConnectionRequestDeadline {
  const deadline = legalDeadline('connection-account', receivedAt, calendar);
  return {
    dueDate: deadline.dueDate,
    dueBy: deadline.dueBy,
    rule: { article: deadline.rule.article, value: deadline.rule.value },
    overdue: now.getTime() > deadline.dueBy.getTime(),
  };
}
