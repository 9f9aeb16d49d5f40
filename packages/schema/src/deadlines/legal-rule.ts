import type { LocalizedMessage } from '../errors/localized-message';

/** The identifiers of the legal time rules, one per obligation (a rule may have several dated versions). */
export const LEGAL_RULE_IDS = [
  'service-publication',
  'connection-account',
  'dispute-provider-answer',
  'dispute-it-unit-answer',
  'planned-downtime-notice',
  'open-data-catalogue-review',
  'open-data-update',
] as const;

/** One of {@link LEGAL_RULE_IDS}. */
export type LegalRuleId = (typeof LEGAL_RULE_IDS)[number];

/**
 * One version of a legal time rule, in force from `effectiveFrom` to `effectiveTo` (both included).
 * `direction` says how the period is counted from the event date given to `legalDeadline`:
 * - `after`: the act is due within `value` units after the event (a request received, a service made
 *   ready, a publication);
 * - `before`: the act must be done at least `value` units before the event (a planned suspension).
 */
export interface LegalRule {
  id: LegalRuleId;
  /** Where the obligation is stated, e.g. `Decree 47/2020 Art. 35.3`. */
  article: string;
  value: number;
  /** Working days (Vietnamese calendar, see `createWorkingDayCalendar`) or calendar months. */
  unit: 'working_days' | 'months';
  direction: 'after' | 'before';
  /** First day in force, `YYYY-MM-DD`. */
  effectiveFrom: string;
  /** Last day in force, `YYYY-MM-DD`; absent while in force. */
  effectiveTo?: string;
  /** The text that sets this value (the original decree or the amending one). */
  source: string;
  /** What must be done, in both languages. */
  description: LocalizedMessage;
  /** What is not settled about this value, if anything. */
  note?: string;
}
