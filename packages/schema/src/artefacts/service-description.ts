import * as z from 'zod';
import { agencyReferenceSchema } from './parts/agency-reference';
import { consumedDataValiditySchema } from './parts/consumed-data-validity';
import { exchangeDataStructureSchema } from './parts/exchange-data-structure';
import { focalPointPersonSchema } from './parts/focal-point-person';
import { httpUrlSchema } from './parts/http-url';
import { checkInstantOrder } from './parts/instant-order';
import { isoDateTimeSchema } from './parts/iso-date-time';
import { localizedTextSchema } from './parts/localized-text';
import { plannedDowntimeSchema } from './parts/planned-downtime';
import { addRefinementIssue } from './parts/refinement-issue';
import { serviceCapacitySchema } from './parts/service-capacity';
import { serviceEndpointSchema } from './parts/service-endpoint';
import { serviceIdentifierSchema } from './parts/service-identifier';
import { shared } from './parts/shared-definition';
import { sharingFormSchema } from './parts/sharing-form';
import { technicalDocumentSchema } from './parts/technical-document';

/**
 * Where a description stands in the service management system (Hệ thống quản lý dịch vụ chia sẻ dữ
 * liệu, Decree 47/2020 Art. 25–26). The three states are a Chiase convention, not named by the decree.
 */
export const serviceStatusSchema = shared(
  'ServiceStatus',
  z.enum(['draft', 'published', 'withdrawn']).meta({
    description:
      'Chiase extension (lifecycle in the service management system, Decree 47/2020 Art. 25–26): draft, published or withdrawn.',
  }),
);

/**
 * The description of a data-sharing service (dịch vụ chia sẻ dữ liệu) that a provider publishes.
 * Decree 47/2020 Art. 24.3 lists only three items: (a) the services with their technical parameters
 * and documents (`endpoints`, `technicalDocuments`), (b) the exchange data structure
 * (`dataStructure`), (c) other information (`otherInformation`). Every other field cites its own
 * article or is marked as a Chiase extension.
 */
export const serviceDescriptionSchema = z
  .strictObject({
    /** Decree 47/2020 Art. 35.2đ: the service identifier (mã định danh) consumers quote in a request. */
    id: serviceIdentifierSchema.describe(
      'Decree 47/2020 Art. 35.2đ: the service identifier (mã định danh) consumers quote in a request.',
    ),
    /** Decree 47/2020 Art. 35.2đ: the service name. */
    name: localizedTextSchema.describe('Decree 47/2020 Art. 35.2đ: the service name.'),
    /** Chiase extension: a summary of what the service provides. */
    summary: localizedTextSchema
      .optional()
      .describe('Chiase extension: a summary of what the service provides.'),
    /** QĐ 20/2020/QĐ-TTg Art. 4; Decree 47/2020 Art. 24.2: the providing agency, by electronic identifier. */
    provider: agencyReferenceSchema.describe(
      'QĐ 20/2020/QĐ-TTg Art. 4; Decree 47/2020 Art. 24.2: the providing agency, by electronic identifier.',
    ),
    /** Decree 47/2020 Art. 23.4 (and Art. 3.4–3.6): the form of sharing, published with the service. */
    sharingForm: sharingFormSchema.describe(
      'Decree 47/2020 Art. 23.4 (and Art. 3.4–3.6): the form of sharing, published with the service.',
    ),
    /** Decree 47/2020 Art. 23.4: the connection capacity, published with the service. */
    capacity: serviceCapacitySchema.describe(
      'Decree 47/2020 Art. 23.4: the connection capacity, published with the service.',
    ),
    /** Decree 47/2020 Art. 24.3a: the list of services (operations) with their technical parameters. */
    endpoints: z
      .array(serviceEndpointSchema)
      .min(1)
      .describe(
        'Decree 47/2020 Art. 24.3a: the list of services (operations) with their technical parameters.',
      ),
    /** Decree 47/2020 Art. 24.2, 24.3a: the technical documents (OpenAPI, WSDL, guides). */
    technicalDocuments: z
      .array(technicalDocumentSchema)
      .min(1)
      .describe('Decree 47/2020 Art. 24.2, 24.3a: the technical documents (OpenAPI, WSDL, guides).'),
    /** Decree 47/2020 Art. 24.3b: the exchange data structure, complying with current standards. */
    dataStructure: exchangeDataStructureSchema.describe(
      'Decree 47/2020 Art. 24.3b: the exchange data structure, complying with current standards.',
    ),
    /** Decree 47/2020 Art. 24.3c: other information consumers need to reach and use the service. */
    otherInformation: localizedTextSchema
      .optional()
      .describe('Decree 47/2020 Art. 24.3c: other information consumers need to reach and use the service.'),
    /** Decree 47/2020 Art. 7.1–7.2: the provider's focal point for data sharing (Chiase publishes it here). */
    focalPoint: focalPointPersonSchema.describe(
      "Decree 47/2020 Art. 7.1–7.2: the provider's focal point for data sharing (Chiase publishes it here).",
    ),
    /** Decree 47/2020 Art. 22.1–22.2: where the public rules of use (quy chế khai thác) are published. */
    rulesOfUseUrl: httpUrlSchema
      .optional()
      .describe(
        'Decree 47/2020 Art. 22.1–22.2: where the public rules of use (quy chế khai thác) are published.',
      ),
    /** Decree 47/2020 Art. 41: how long data obtained through the service may be used. */
    consumedDataValidity: consumedDataValiditySchema
      .optional()
      .describe('Decree 47/2020 Art. 41: how long data obtained through the service may be used.'),
    /** Decree 47/2020 Art. 43.1a, 43.3: announced planned suspensions. */
    plannedDowntime: z
      .array(plannedDowntimeSchema)
      .optional()
      .describe('Decree 47/2020 Art. 43.1a, 43.3: announced planned suspensions.'),
    /** Chiase extension (Decree 47/2020 Art. 25–26): draft, published or withdrawn. */
    status: serviceStatusSchema.describe(
      'Chiase extension (Decree 47/2020 Art. 25–26): draft, published or withdrawn.',
    ),
    /** Decree 47/2020 Art. 25.1: when the description was published (within 1 working day of going live). */
    publishedAt: isoDateTimeSchema
      .optional()
      .describe(
        'Decree 47/2020 Art. 25.1: when the description was published (within 1 working day of going live).',
      ),
    /** Decree 47/2020 Art. 25.2: when the description was last updated (immediately after a change). */
    updatedAt: isoDateTimeSchema
      .optional()
      .describe(
        'Decree 47/2020 Art. 25.2: when the description was last updated (immediately after a change).',
      ),
  })
  .superRefine((value, ctx) => {
    if (value.status !== 'draft' && value.publishedAt === undefined) {
      addRefinementIssue(ctx, {
        path: ['publishedAt'],
        reason: 'service_description.published_at_missing',
        vi: `Dịch vụ ở trạng thái "${value.status}" phải có thời điểm công khai (publishedAt, Nghị định 47/2020 Điều 25 khoản 1).`,
        en: `A service in status "${value.status}" needs publishedAt, when it was published (Decree 47/2020 Art. 25.1).`,
      });
    }
    checkInstantOrder(
      value,
      [
        {
          earlier: 'publishedAt',
          later: 'updatedAt',
          reason: 'service_description.updated_before_published',
          vi: ['Thời điểm công khai', 'Thời điểm cập nhật'],
        },
      ],
      ctx,
    );
  })
  .meta({
    title: 'ServiceDescription',
    description:
      'Decree 47/2020 Art. 24.3 (a: services with technical parameters and documents; b: exchange data structure; c: other information), with the service identifier and name (Art. 35.2đ), sharing form and capacity (Art. 23.4), focal point (Art. 7), rules of use (Art. 22.2), validity of consumed data (Art. 41) and planned downtime (Art. 43.3).',
  });

/** A data-sharing service description (see {@link serviceDescriptionSchema}). */
export type ServiceDescription = z.infer<typeof serviceDescriptionSchema>;
