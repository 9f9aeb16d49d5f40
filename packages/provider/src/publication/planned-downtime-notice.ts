import {
  legalDeadline,
  type PlannedDowntime,
  type ServiceDescription,
  type WorkingDayCalendar,
} from '@chiase/schema';
import { ProviderError } from '../errors/provider-error';

/** Options of {@link announcePlannedDowntime}. */
export interface AnnounceDowntimeOptions {
  /** When the notice is published. Default: now. */
  now?: Date;
  /** The working-day calendar. Default: the built-in Vietnamese calendar of `@chiase/schema`. */
  calendar?: WorkingDayCalendar;
}

/**
 * Adds a planned suspension to a description, refusing a notice given later than the rule allows:
 * at least 7 working days before the suspension starts, with the expected time of restoration
 * (Decree 47/2020 Art. 43.1a, 43.3; `legalDeadline('planned-downtime-notice')`, a rule with an
 * effective date). Returns the new description, to serve (`provider.updateDescription`) and publish.
 */
export function announcePlannedDowntime(
  description: ServiceDescription,
  notice: Omit<PlannedDowntime, 'announcedAt'>,
  options: AnnounceDowntimeOptions = {},
): ServiceDescription {
  const now = options.now ?? new Date();
  const deadline = legalDeadline('planned-downtime-notice', new Date(notice.startsAt), options.calendar);
  if (now.getTime() > deadline.dueBy.getTime()) {
    throw new ProviderError({
      code: 'provider.downtime_notice_too_late',
      message: {
        vi: `Phải thông báo tạm ngừng bắt đầu lúc ${notice.startsAt} chậm nhất ngày ${deadline.dueDate} (ít nhất 7 ngày làm việc trước, ${deadline.rule.article}).`,
        en: `A suspension starting at ${notice.startsAt} must be announced by ${deadline.dueDate} (at least 7 working days ahead, ${deadline.rule.article}).`,
      },
    });
  }
  const downtime: PlannedDowntime = { ...notice, announcedAt: now.toISOString() };
  return {
    ...description,
    plannedDowntime: [...(description.plannedDowntime ?? []), downtime],
    updatedAt: now.toISOString(),
  };
}
