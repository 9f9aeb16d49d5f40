import { resolveCalendarDate } from './calendar-date';
import data from './data/administrative-levels.json';

/** A level of local administrative unit. */
export type AdministrativeLevel = 'province' | 'district' | 'commune';

/** A period during which the same levels of local administrative units existed. */
export interface AdministrativePeriod {
  /** First day of the period, `YYYY-MM-DD`; absent for the earliest period covered. */
  from?: string;
  /** Last day of the period, `YYYY-MM-DD`; absent for the period in force. */
  to?: string;
  /** The levels that existed, top down. */
  levels: AdministrativeLevel[];
  /** Where the structure comes from. */
  basis: string;
}

const KNOWN: readonly AdministrativeLevel[] = ['province', 'district', 'commune'];

const PERIODS: readonly AdministrativePeriod[] = data.periods.map((p) => {
  const levels = p.levels.map((level) => {
    const known = KNOWN.find((k) => k === level);
    if (!known) throw new Error(`administrative-levels.json: unknown level "${level}"`);
    return known;
  });
  return {
    ...(p.from === null ? {} : { from: p.from }),
    ...(p.to === null ? {} : { to: p.to }),
    levels,
    basis: p.basis,
  };
});

/**
 * The first day on which there is no district level: local government has two levels, province
 * and commune, from 2025-07-01. Read from `data/administrative-levels.json`, not hard-coded.
 */
export const DISTRICTS_ABOLISHED_FROM: string = (() => {
  const period = PERIODS.find((p) => p.from !== undefined && !p.levels.includes('district'));
  if (!period?.from) throw new Error('administrative-levels.json: no period without districts');
  return period.from;
})();

/** The administrative structure in force on `date` (`YYYY-MM-DD`, default today in Vietnam). */
export function administrativePeriodAt(date?: string): AdministrativePeriod {
  const at = resolveCalendarDate(date, 'date');
  const period = PERIODS.find(
    (p) => (p.from === undefined || p.from <= at) && (p.to === undefined || at <= p.to),
  );
  if (!period) throw new Error(`administrative-levels.json: no period covers ${at}`);
  return { ...period, levels: [...period.levels] };
}

/** The levels of local administrative units that exist on `date` (default today in Vietnam). */
export function administrativeLevelsAt(date?: string): AdministrativeLevel[] {
  return administrativePeriodAt(date).levels;
}
