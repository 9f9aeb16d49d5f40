import type { PlannedDowntime, ServiceDescription } from '@chiase/schema';

/** The announced suspension in effect at `now` (Decree 47/2020 Art. 43.1a, 43.3), if any. */
export function plannedDowntimeAt(description: ServiceDescription, now: Date): PlannedDowntime | undefined {
  const time = now.getTime();
  return description.plannedDowntime?.find(
    (d) => Date.parse(d.startsAt) <= time && time < Date.parse(d.expectedRestorationAt),
  );
}
