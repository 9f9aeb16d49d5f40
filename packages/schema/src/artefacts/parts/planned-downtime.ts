import * as z from 'zod';
import { httpUrlSchema } from './http-url';
import { checkInstantOrder } from './instant-order';
import { isoDateTimeSchema } from './iso-date-time';
import { localizedTextSchema } from './localized-text';
import { shared } from './shared-definition';

/**
 * A planned suspension of the service for upgrade, expansion or maintenance (Decree 47/2020 Art.
 * 43.1a), announced publicly at least 7 working days ahead with the expected time of restoration
 * (Art. 43.3). The 7-working-day notice needs the holiday calendar and is checked by the deadline
 * functions, not here; this schema checks the order announced ≤ start < restoration.
 */
export const plannedDowntimeSchema = shared(
  'PlannedDowntime',
  z
    .strictObject({
      /** Decree 47/2020 Art. 43.1a: upgrade (nâng cấp), expansion (mở rộng) or maintenance (bảo trì). */
      reason: z
        .enum(['upgrade', 'expansion', 'maintenance'])
        .describe(
          'Decree 47/2020 Art. 43.1a: upgrade (nâng cấp), expansion (mở rộng) or maintenance (bảo trì).',
        ),
      /** Decree 47/2020 Art. 43.3: when the notice was published (≥ 7 working days before the start). */
      announcedAt: isoDateTimeSchema.describe(
        'Decree 47/2020 Art. 43.3: when the notice was published (≥ 7 working days before the start).',
      ),
      /** Decree 47/2020 Art. 43.3: when the suspension starts. */
      startsAt: isoDateTimeSchema.describe('Decree 47/2020 Art. 43.3: when the suspension starts.'),
      /** Decree 47/2020 Art. 43.3: the expected time of restoration. */
      expectedRestorationAt: isoDateTimeSchema.describe(
        'Decree 47/2020 Art. 43.3: the expected time of restoration.',
      ),
      /** Decree 47/2020 Art. 43.3: the public notice on the agency's web portal. */
      noticeUrl: httpUrlSchema
        .optional()
        .describe("Decree 47/2020 Art. 43.3: the public notice on the agency's web portal."),
      /** Chiase extension: details for consumers. */
      note: localizedTextSchema.optional().describe('Chiase extension: details for consumers.'),
    })
    .superRefine((value, ctx) =>
      checkInstantOrder(
        value,
        [
          {
            earlier: 'announcedAt',
            later: 'startsAt',
            reason: 'planned_downtime.announced_after_start',
            vi: ['Thời điểm thông báo', 'Thời điểm bắt đầu tạm ngừng'],
          },
          {
            earlier: 'startsAt',
            later: 'expectedRestorationAt',
            strict: true,
            reason: 'planned_downtime.restoration_before_start',
            vi: ['Thời điểm bắt đầu tạm ngừng', 'Thời điểm dự kiến phục hồi'],
          },
        ],
        ctx,
      ),
    )
    .meta({
      description: 'Decree 47/2020 Art. 43.1a, 43.3: a publicly announced planned suspension of the service.',
    }),
);

/** A planned downtime notice (see {@link plannedDowntimeSchema}). */
export type PlannedDowntime = z.infer<typeof plannedDowntimeSchema>;
