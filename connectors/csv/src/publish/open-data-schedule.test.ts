import type { DatasetEntry } from '@chiase/client';
import { describe, expect, it } from 'vitest';
import { openDataSchedule } from './open-data-schedule';

function entry(dates: {
  issued: string;
  dataUpdatedOn?: string;
  catalogueReviewedOn?: string;
}): DatasetEntry {
  return {
    id: 'ds',
    etag: '"1"',
    registeredAt: `${dates.issued}T02:00:00Z`,
    updatedAt: `${dates.issued}T02:00:00Z`,
    dataset: { id: 'ds', modified: dates.issued, distributions: [], ...dates },
  } as unknown as DatasetEntry;
}

describe('openDataSchedule (former Decree 47/2020 Art. 20.3)', () => {
  it('gives the update due 3 months after the latest data publication and the review 6 months after the latest review', () => {
    const schedule = openDataSchedule(
      entry({ issued: '2024-06-03', dataUpdatedOn: '2025-03-03', catalogueReviewedOn: '2025-01-31' }),
    );
    expect(schedule.nextUpdate?.dueDate).toBe('2025-06-03');
    expect(schedule.nextUpdate?.rule.article).toBe('Decree 47/2020 Art. 20.3');
    expect(schedule.nextReview?.dueDate).toBe('2025-07-31');
    expect(schedule.notes).toEqual([]);
  });

  it('counts from the issue date when the data was never updated nor the catalogue reviewed', () => {
    const schedule = openDataSchedule(entry({ issued: '2024-11-30' }));
    // 28/02/2025 is the last day of February (Civil Code Art. 148.3).
    expect(schedule.nextUpdate?.dueDate).toBe('2025-02-28');
    expect(schedule.nextReview?.dueDate).toBe('2025-05-30');
  });

  it('gives no date for events after Decree 194/2025 repealed Art. 17–21, and says why', () => {
    const schedule = openDataSchedule(
      entry({ issued: '2025-06-02', dataUpdatedOn: '2026-03-02', catalogueReviewedOn: '2025-07-01' }),
    );
    expect(schedule.nextUpdate).toBeUndefined();
    expect(schedule.nextReview?.dueDate).toBe('2026-01-02');
    expect(schedule.notes).toHaveLength(1);
    expect(schedule.notes[0]?.en).toMatch(/not in force on 2026-03-02/);
    expect(schedule.notes[0]?.vi).toMatch(/02\/03\/2026/);
  });
});
