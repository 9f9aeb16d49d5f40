import * as z from 'zod';
import { atLeastOneOf } from './key-presence';
import { localizedTextSchema } from './localized-text';
import { shared } from './shared-definition';

const count = z.int().positive();

/**
 * The connection capacity (khả năng đáp ứng kết nối) a provider publishes with a service, Decree
 * 47/2020 Art. 23.4. The decree names the duty, not the measures: Chiase asks for at least one of
 * the limits below, which are the ones API-manager gateways enforce.
 */
export const serviceCapacitySchema = shared(
  'ServiceCapacity',
  atLeastOneOf(
    z.strictObject({
      /** Decree 47/2020 Art. 23.4 (measure chosen by Chiase): sustained requests per second. */
      requestsPerSecond: count
        .optional()
        .describe('Decree 47/2020 Art. 23.4 (measure chosen by Chiase): sustained requests per second.'),
      /** Decree 47/2020 Art. 23.4 (measure chosen by Chiase): requests per consumer per day. */
      requestsPerDay: count
        .optional()
        .describe('Decree 47/2020 Art. 23.4 (measure chosen by Chiase): requests per consumer per day.'),
      /** Decree 47/2020 Art. 23.4 (measure chosen by Chiase): consumers connected at the same time. */
      concurrentConnections: count
        .optional()
        .describe(
          'Decree 47/2020 Art. 23.4 (measure chosen by Chiase): consumers connected at the same time.',
        ),
      /** Decree 47/2020 Art. 23.4 (measure chosen by Chiase): records returned by one call at most. */
      maxRecordsPerResponse: count
        .optional()
        .describe(
          'Decree 47/2020 Art. 23.4 (measure chosen by Chiase): records returned by one call at most.',
        ),
      /** Decree 47/2020 Art. 23.4: anything else about capacity, e.g. hours of service. */
      note: localizedTextSchema
        .optional()
        .describe('Decree 47/2020 Art. 23.4: anything else about capacity, e.g. hours of service.'),
    }),
    ['requestsPerSecond', 'requestsPerDay', 'concurrentConnections', 'maxRecordsPerResponse'],
  ).meta({
    description:
      'Decree 47/2020 Art. 23.4: the connection capacity of a service (at least one limit: requests per second or per day, concurrent connections, records per response).',
  }),
);

/** Connection capacity (see {@link serviceCapacitySchema}). */
export type ServiceCapacity = z.infer<typeof serviceCapacitySchema>;
