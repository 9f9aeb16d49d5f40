import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../calendar/calendar-day';
import { CalendarError } from '../calendar/calendar-error';
import { LEGAL_RULE_IDS } from './legal-rule';
import { legalRuleAt, legalRuleVersions } from './legal-rule-at';
import { LegalRuleError } from './legal-rule-error';
import { LEGAL_RULES } from './legal-rule-table';

function failure(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (LegalRuleError.isInstance(error) || CalendarError.isInstance(error)) return error.code;
    return 'other';
  }
  return 'no error';
}

describe('legal time rules', () => {
  it('cuts the connection-account deadline (Art. 35.3) from 5 to 2 working days on 19 August 2025', () => {
    expect(legalRuleAt('connection-account', '2025-08-18')).toMatchObject({ value: 5, unit: 'working_days' });
    expect(legalRuleAt('connection-account', '2025-08-19')).toMatchObject({ value: 2, unit: 'working_days' });
    expect(legalRuleAt('connection-account', '2025-08-19').source).toMatch(/Decree 194\/2025/);
    // 17:30 UTC on 18 August is 00:30 on 19 August in Vietnam.
    expect(legalRuleAt('connection-account', new Date('2025-08-18T17:30:00Z')).value).toBe(2);
    expect(legalRuleAt('connection-account', new Date('2025-08-18T16:30:00Z')).value).toBe(5);
  });

  it('gives the values the decree states for the other rules', () => {
    expect(legalRuleAt('service-publication', '2026-01-05')).toMatchObject({
      article: 'Decree 47/2020 Art. 25.1',
      value: 1,
      unit: 'working_days',
      direction: 'after',
    });
    expect(legalRuleAt('dispute-provider-answer', '2026-01-05')).toMatchObject({
      article: 'Decree 47/2020 Art. 49.1',
      value: 7,
    });
    expect(legalRuleAt('dispute-it-unit-answer', '2026-01-05')).toMatchObject({
      article: 'Decree 47/2020 Art. 49.2',
      value: 7,
    });
    expect(legalRuleAt('planned-downtime-notice', '2026-01-05')).toMatchObject({
      article: 'Decree 47/2020 Art. 43.3',
      value: 7,
      direction: 'before',
    });
    expect(legalRuleAt('open-data-catalogue-review', '2024-01-05')).toMatchObject({
      value: 6,
      unit: 'months',
    });
    expect(legalRuleAt('open-data-update', '2024-01-05')).toMatchObject({ value: 3, unit: 'months' });
  });

  it('has no open-data rule after Decree 194/2025 repealed Art. 17–21', () => {
    expect(failure(() => legalRuleAt('open-data-update', '2025-08-19'))).toBe('legal_rule.not_in_force');
    expect(failure(() => legalRuleAt('open-data-catalogue-review', '2026-01-01'))).toBe(
      'legal_rule.not_in_force',
    );
  });

  it('refuses an unknown rule, a date before Decree 47/2020 and a malformed date', () => {
    expect(failure(() => legalRuleAt('art-35', '2026-01-05'))).toBe('legal_rule.unknown');
    expect(failure(() => legalRuleAt('service-publication', '2020-05-24'))).toBe('legal_rule.not_in_force');
    expect(failure(() => legalRuleAt('service-publication', '05/01/2026'))).toBe('calendar.invalid_date');
    try {
      legalRuleAt('service-publication', '2020-05-24');
    } catch (error) {
      expect((error as LegalRuleError).localized.vi).toContain('24/05/2020');
      expect((error as LegalRuleError).ruleId).toBe('service-publication');
    }
  });

  it('keeps each rule history gapless and without overlaps', () => {
    expect(new Set(LEGAL_RULES.map((r) => r.id))).toEqual(new Set(LEGAL_RULE_IDS));
    for (const id of LEGAL_RULE_IDS) {
      const versions = legalRuleVersions(id);
      expect(versions[0]?.effectiveFrom, id).toBe('2020-05-25');
      for (const [index, version] of versions.entries()) {
        expect(version.article, id).toMatch(/^Decree 47\/2020 Art\. \d+\.\d+$/);
        expect(Number.isInteger(version.value) && version.value > 0, id).toBe(true);
        const next = versions[index + 1];
        if (next === undefined) continue;
        expect(version.effectiveTo, id).toBeDefined();
        expect(toDayNumber(next.effectiveFrom) - toDayNumber(version.effectiveTo ?? ''), id).toBe(1);
      }
    }
  });
});
