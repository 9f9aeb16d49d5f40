import { describe, expect, it } from 'vitest';
import { communeDescription } from '../../test/fixtures/commune-service';
import { ProviderError } from '../errors/provider-error';
import { connectionRequestDeadline } from './connection-request-deadline';
import { announcePlannedDowntime } from './planned-downtime-notice';

describe('announcePlannedDowntime (Decree 47/2020 Art. 43.3)', () => {
  const notice = {
    reason: 'maintenance' as const,
    startsAt: '2026-03-16T08:00:00+07:00',
    expectedRestorationAt: '2026-03-16T12:00:00+07:00',
  };

  it('adds a notice that leaves 7 full working days before the start', () => {
    const updated = announcePlannedDowntime(communeDescription(), notice, {
      now: new Date('2026-03-04T09:00:00+07:00'),
    });
    expect(updated.plannedDowntime).toEqual([{ ...notice, announcedAt: '2026-03-04T02:00:00.000Z' }]);
  });

  it('refuses a notice given later, naming the last day', () => {
    const late = () =>
      announcePlannedDowntime(communeDescription(), notice, { now: new Date('2026-03-05T09:00:00+07:00') });
    expect(late).toThrow(ProviderError);
    expect(late).toThrow(/2026-03-04/);
  });
});

describe('connectionRequestDeadline (Decree 47/2020 Art. 35.3, Decree 194/2025)', () => {
  it('gives 2 working days from a request received on a Friday, and flags it overdue after', () => {
    const received = new Date('2026-03-06T15:00:00+07:00');
    const pending = connectionRequestDeadline(received, new Date('2026-03-10T20:00:00+07:00'));
    expect(pending).toMatchObject({ dueDate: '2026-03-10', overdue: false, rule: { value: 2 } });
    expect(connectionRequestDeadline(received, new Date('2026-03-11T00:00:01+07:00')).overdue).toBe(true);
  });

  it('gives 5 working days to a request received before Decree 194/2025', () => {
    expect(connectionRequestDeadline(new Date('2025-08-01T10:00:00+07:00')).rule.value).toBe(5);
  });
});
