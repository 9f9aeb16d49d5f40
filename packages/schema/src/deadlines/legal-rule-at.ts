import { type CalendarDateInput, toIsoDate } from '../calendar/calendar-day';
import type { LegalRule } from './legal-rule';
import { LegalRuleError } from './legal-rule-error';
import { LEGAL_RULES } from './legal-rule-table';

/** Every dated version of the rule `id`, oldest first (empty for an unknown id). */
export function legalRuleVersions(id: string): readonly LegalRule[] {
  return LEGAL_RULES.filter((rule) => rule.id === id).sort((a, b) =>
    a.effectiveFrom.localeCompare(b.effectiveFrom),
  );
}

/**
 * The version of rule `id` in force on `date` (a `Date` is read in UTC+7). Throws a `LegalRuleError`
 * for an unknown id (`legal_rule.unknown`) or a date no version covers (`legal_rule.not_in_force`),
 * and a `CalendarError` for a malformed date.
 */
export function legalRuleAt(id: string, date: CalendarDateInput): LegalRule {
  const versions = legalRuleVersions(id);
  if (versions.length === 0) {
    throw new LegalRuleError({
      code: 'legal_rule.unknown',
      message: { vi: `Không có quy định thời hạn "${id}".`, en: `There is no legal time rule "${id}".` },
      ruleId: id,
    });
  }
  const at = toIsoDate(date);
  const found = versions.find(
    (v) => v.effectiveFrom <= at && (v.effectiveTo === undefined || at <= v.effectiveTo),
  );
  if (found !== undefined) return found;
  const article = versions[0]?.article ?? id;
  const written = `${at.slice(8, 10)}/${at.slice(5, 7)}/${at.slice(0, 4)}`;
  throw new LegalRuleError({
    code: 'legal_rule.not_in_force',
    message: {
      vi: `Quy định "${id}" (${article}) không có hiệu lực vào ngày ${written}.`,
      en: `The rule "${id}" (${article}) is not in force on ${at}.`,
    },
    ruleId: id,
    date: at,
  });
}
