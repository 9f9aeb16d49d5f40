import * as z from 'zod';
import { dataItemCodeSchema } from './parts/data-item-code';
import { checkInstantOrder } from './parts/instant-order';
import { isoDateTimeSchema } from './parts/iso-date-time';
import { localizedTextSchema } from './parts/localized-text';
import { organisationReferenceSchema } from './parts/organisation-reference';
import { plainTextSchema } from './parts/plain-text';
import { recordIdentifierSchema } from './parts/record-identifier';
import { addRefinementIssue } from './parts/refinement-issue';
import { serviceIdentifierSchema } from './parts/service-identifier';
import { shared } from './parts/shared-definition';

const requestedItemSchema = z.strictObject({
  /** Decree 47/2020 Art. 35.2d: the name of the data item (mục tin) requested. */
  name: plainTextSchema.describe('Decree 47/2020 Art. 35.2d: the name of the data item (mục tin) requested.'),
  /** Chiase extension: the item's code in the service's exchange data structure. */
  code: dataItemCodeSchema
    .optional()
    .describe("Chiase extension: the item's code in the service's exchange data structure."),
});

/** How often the consumer will call the service (Decree 47/2020 Art. 35.2e, tần suất khai thác). */
export const accessFrequencySchema = shared(
  'AccessFrequency',
  z
    .strictObject({
      /** Decree 47/2020 Art. 35.2e: the number of requests in each period. */
      requests: z
        .int()
        .positive()
        .describe('Decree 47/2020 Art. 35.2e: the number of requests in each period.'),
      /** Decree 47/2020 Art. 35.2e: the period. */
      per: z
        .enum(['minute', 'hour', 'day', 'week', 'month', 'year'])
        .describe('Decree 47/2020 Art. 35.2e: the period.'),
      /** Decree 47/2020 Art. 35.2e: anything else about timing, e.g. peak hours. */
      note: localizedTextSchema
        .optional()
        .describe('Decree 47/2020 Art. 35.2e: anything else about timing, e.g. peak hours.'),
    })
    .meta({ description: 'Decree 47/2020 Art. 35.2e: how often the consumer will call the service.' }),
);

/**
 * A request to connect to and use a data-sharing service, Decree 47/2020 Art. 35.2 a–g, sent online
 * through the service management system where it is ready (Art. 35.1).
 */
export const connectionRequestSchema = shared(
  'ConnectionRequest',
  z
    .strictObject({
      /** Chiase extension: the identifier of the request. */
      id: recordIdentifierSchema.describe('Chiase extension: the identifier of the request.'),
      /** Decree 47/2020 Art. 35.2a; QĐ 20/2020/QĐ-TTg Art. 4–6: the requesting agency's identifier and name. */
      requester: organisationReferenceSchema.describe(
        "Decree 47/2020 Art. 35.2a; QĐ 20/2020/QĐ-TTg Art. 4–6: the requesting agency's identifier and name.",
      ),
      /** Decree 47/2020 Art. 35.2b ("nếu cần"): the identifier and name of the connecting application. */
      application: z
        .strictObject({
          /** Decree 47/2020 Art. 35.2b: the application identifier. */
          id: recordIdentifierSchema.describe('Decree 47/2020 Art. 35.2b: the application identifier.'),
          /** Decree 47/2020 Art. 35.2b: the application name. */
          name: plainTextSchema.describe('Decree 47/2020 Art. 35.2b: the application name.'),
        })
        .optional()
        .describe(
          "Decree 47/2020 Art. 35.2b ('nếu cần'): the identifier and name of the connecting application.",
        ),
      /** Decree 47/2020 Art. 35.2c: the purpose and how the data will be used after it is obtained. */
      purpose: localizedTextSchema.describe(
        'Decree 47/2020 Art. 35.2c: the purpose and how the data will be used after it is obtained.',
      ),
      /** Decree 47/2020 Art. 35.2d: the data items requested, by name. */
      requestedItems: z
        .array(requestedItemSchema)
        .min(1)
        .describe('Decree 47/2020 Art. 35.2d: the data items requested, by name.'),
      /** Decree 47/2020 Art. 35.2d ("số lượng"): the number of data items requested. */
      itemCount: z
        .int()
        .positive()
        .describe("Decree 47/2020 Art. 35.2d ('số lượng'): the number of data items requested."),
      /** Decree 47/2020 Art. 35.2đ: the identifier and name of the service. */
      service: z
        .strictObject({
          /** Decree 47/2020 Art. 35.2đ: the service identifier. */
          id: serviceIdentifierSchema.describe('Decree 47/2020 Art. 35.2đ: the service identifier.'),
          /** Decree 47/2020 Art. 35.2đ: the service name. */
          name: plainTextSchema.describe('Decree 47/2020 Art. 35.2đ: the service name.'),
        })
        .describe('Decree 47/2020 Art. 35.2đ: the identifier and name of the service.'),
      /** Decree 47/2020 Art. 35.2e: how often the data will be accessed. */
      accessFrequency: accessFrequencySchema.describe(
        'Decree 47/2020 Art. 35.2e: how often the data will be accessed.',
      ),
      /** Decree 47/2020 Art. 35.2g: other necessary information. */
      otherInformation: localizedTextSchema
        .optional()
        .describe('Decree 47/2020 Art. 35.2g: other necessary information.'),
      /** Decree 47/2020 Art. 35.1: when the request was sent. */
      submittedAt: isoDateTimeSchema.describe('Decree 47/2020 Art. 35.1: when the request was sent.'),
      /** Decree 47/2020 Art. 35.3: when the provider received it (the answer deadline runs from here). */
      receivedAt: isoDateTimeSchema
        .optional()
        .describe(
          'Decree 47/2020 Art. 35.3: when the provider received it (the answer deadline runs from here).',
        ),
    })
    .superRefine((value, ctx) => {
      if (value.itemCount !== value.requestedItems.length) {
        addRefinementIssue(ctx, {
          path: ['itemCount'],
          reason: 'connection_request.item_count',
          vi: `Số lượng mục tin (${value.itemCount}) phải bằng số mục tin được liệt kê (${value.requestedItems.length}) (Nghị định 47/2020 Điều 35 khoản 2 điểm d).`,
          en: `itemCount (${value.itemCount}) must equal the number of requested items listed (${value.requestedItems.length}) (Decree 47/2020 Art. 35.2d).`,
        });
      }
      checkInstantOrder(
        value,
        [
          {
            earlier: 'submittedAt',
            later: 'receivedAt',
            reason: 'connection_request.received_before_submitted',
            vi: ['Thời điểm gửi yêu cầu', 'Thời điểm tiếp nhận yêu cầu'],
          },
        ],
        ctx,
      );
    })
    .meta({
      title: 'ConnectionRequest',
      description:
        'Decree 47/2020 Art. 35.2 a–g: a request to connect: requester (a), application (b), purpose (c), data items with their names and number (d), service identifier and name (đ), access frequency (e), other information (g).',
    }),
);

/** A connection request (see {@link connectionRequestSchema}). */
export type ConnectionRequest = z.infer<typeof connectionRequestSchema>;
