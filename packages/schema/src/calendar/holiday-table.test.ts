import { describe, expect, it } from 'vitest';
import holidays from './data/holidays.json';
import { holidayTable, parseHolidayTable } from './holiday-table';

describe('the holiday table', () => {
  it('reads 2020–2030 with the announced breaks, adjacent days, swaps and compensatory days', () => {
    const table = holidayTable();
    expect([...table.keys()]).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    expect(table.get(2020)?.labourCode).toBe(2012);
    expect(table.get(2026)?.tetBreak).toEqual({ from: '2026-02-14', to: '2026-02-22' });
    expect(table.get(2021)?.tetBreak).toBeUndefined();
    expect(table.get(2025)?.nationalDaySecondDay).toBe('2025-09-01');
    expect(table.get(2020)?.nationalDaySecondDay).toBeUndefined();
    expect(table.get(2024)?.swaps).toEqual([{ dayOff: '2024-04-29', makeUpWorkingDay: '2024-05-04' }]);
    expect(table.get(2023)?.compensatory).toEqual([{ occasion: 'new_year', date: '2023-01-02' }]);
    expect(table.get(2023)?.breaks).toEqual([
      { occasion: 'reunification_labour', from: '2023-04-29', to: '2023-05-03' },
    ]);
  });

  it('fails loudly on a table whose dates or shape were damaged', () => {
    const copy = structuredClone(holidays) as { years: Array<Record<string, unknown>> };
    const year = copy.years[6] as { tet: { lunar_new_year_day: string } };
    year.tet.lunar_new_year_day = '2026-02-30';
    expect(() => parseHolidayTable(copy)).toThrow();
    const missing = structuredClone(holidays) as { years: Array<Record<string, unknown>> };
    delete missing.years[0]?.hung_kings_day;
    expect(() => parseHolidayTable(missing)).toThrow();
  });
});
