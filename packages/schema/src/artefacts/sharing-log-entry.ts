import * as z from 'zod';
import { dataItemCodeSchema } from './parts/data-item-code';
import { checkInstantOrder } from './parts/instant-order';
import { isoDateTimeSchema } from './parts/iso-date-time';
import { atLeastOneOf } from './parts/key-presence';
import { organisationIdentifierSchema } from './parts/organisation-identifier';
import { plainTextSchema } from './parts/plain-text';
import { recordIdentifierSchema } from './parts/record-identifier';
import { addRefinementIssue } from './parts/refinement-issue';
import { serviceIdentifierSchema } from './parts/service-identifier';
import { sha256Schema } from './parts/sha256';
import { sharingMethodSchema } from './parts/sharing-method';

/**
 * One entry of the sharing log a provider must keep (Decree 47/2020 Art. 45.1), with the contents of
 * Art. 45.2 a–đ. How long entries are kept is set by the rules of use (Art. 45.3).
 */
export const sharingLogEntrySchema = z
  .strictObject({
    /** Chiase extension: the identifier of the entry. */
    id: recordIdentifierSchema.describe('Chiase extension: the identifier of the entry.'),
    /** Decree 47/2020 Art. 45.2a: when the data was requested. */
    requestedAt: isoDateTimeSchema.describe('Decree 47/2020 Art. 45.2a: when the data was requested.'),
    /** Decree 47/2020 Art. 45.2a, 23.1: the form of the request and provision. */
    form: sharingMethodSchema.describe(
      'Decree 47/2020 Art. 45.2a, 23.1: the form of the request and provision.',
    ),
    /** Decree 47/2020 Art. 45.2a: when the data was provided (absent if nothing was provided). */
    providedAt: isoDateTimeSchema
      .optional()
      .describe('Decree 47/2020 Art. 45.2a: when the data was provided (absent if nothing was provided).'),
    /** Decree 47/2020 Art. 45.2b; QĐ 20/2020/QĐ-TTg Art. 4–6: the requesting agency's identifier. */
    requesterId: organisationIdentifierSchema.describe(
      "Decree 47/2020 Art. 45.2b; QĐ 20/2020/QĐ-TTg Art. 4–6: the requesting agency's identifier.",
    ),
    /** Chiase extension: the service called. */
    serviceId: serviceIdentifierSchema.describe('Chiase extension: the service called.'),
    /** Decree 47/2020 Art. 45.2c: the content of the request (operation, parameters or a summary). */
    request: atLeastOneOf(
      z.strictObject({
        /** Decree 47/2020 Art. 45.2c: the operation called, e.g. GET /apiCSDLDKDN/1.0/chiTietDoanhNghiep. */
        operation: plainTextSchema
          .optional()
          .describe(
            'Decree 47/2020 Art. 45.2c: the operation called, e.g. GET /apiCSDLDKDN/1.0/chiTietDoanhNghiep.',
          ),
        /** Decree 47/2020 Art. 45.2c: the request parameters. */
        parameters: z
          .record(z.string(), z.unknown())
          .optional()
          .describe('Decree 47/2020 Art. 45.2c: the request parameters.'),
        /** Decree 47/2020 Art. 45.2c: the request in words. */
        summary: plainTextSchema.optional().describe('Decree 47/2020 Art. 45.2c: the request in words.'),
      }),
      ['operation', 'parameters', 'summary'],
    ).describe('Decree 47/2020 Art. 45.2c: the content of the request (operation, parameters or a summary).'),
    /** Decree 47/2020 Art. 45.2d: the response status. */
    status: z
      .strictObject({
        /** Decree 47/2020 Art. 45.2d: whether the request was met. */
        outcome: z
          .enum(['fulfilled', 'partial', 'refused', 'failed'])
          .describe('Decree 47/2020 Art. 45.2d: whether the request was met.'),
        /** Chiase extension: the HTTP status code returned. */
        httpStatus: z
          .int()
          .min(100)
          .max(599)
          .optional()
          .describe('Chiase extension: the HTTP status code returned.'),
      })
      .describe('Decree 47/2020 Art. 45.2d: the response status.'),
    /** Decree 47/2020 Art. 45.2d ("nếu cần thiết"): the content of the data shared. */
    sharedData: z
      .strictObject({
        /** Decree 47/2020 Art. 45.2d: the number of records shared. */
        recordCount: z
          .int()
          .min(0)
          .optional()
          .describe('Decree 47/2020 Art. 45.2d: the number of records shared.'),
        /** Decree 47/2020 Art. 45.2d: the data items shared. */
        itemCodes: z
          .array(dataItemCodeSchema)
          .optional()
          .describe('Decree 47/2020 Art. 45.2d: the data items shared.'),
        /** Decree 47/2020 Art. 45.2d (Chiase: a digest instead of a copy): SHA-256 of the response body. */
        sha256: sha256Schema
          .optional()
          .describe(
            'Decree 47/2020 Art. 45.2d (Chiase: a digest instead of a copy): SHA-256 of the response body.',
          ),
      })
      .optional()
      .describe("Decree 47/2020 Art. 45.2d ('nếu cần thiết'): the content of the data shared."),
    /** Decree 47/2020 Art. 45.2đ: other information useful to settle disputes, e.g. the request id. */
    otherInformation: z
      .record(z.string(), plainTextSchema)
      .optional()
      .describe(
        'Decree 47/2020 Art. 45.2đ: other information useful to settle disputes, e.g. the request id.',
      ),
  })
  .superRefine((value, ctx) => {
    const met = value.status.outcome === 'fulfilled' || value.status.outcome === 'partial';
    if (met && value.providedAt === undefined) {
      addRefinementIssue(ctx, {
        path: ['providedAt'],
        reason: 'sharing_log_entry.provided_at_missing',
        vi: `Yêu cầu có trạng thái "${value.status.outcome}" phải ghi thời điểm cung cấp dữ liệu (Nghị định 47/2020 Điều 45 khoản 2 điểm a).`,
        en: `A request with outcome "${value.status.outcome}" needs providedAt, when the data was provided (Decree 47/2020 Art. 45.2a).`,
      });
    }
    checkInstantOrder(
      value,
      [
        {
          earlier: 'requestedAt',
          later: 'providedAt',
          reason: 'sharing_log_entry.provided_before_requested',
          vi: ['Thời điểm yêu cầu', 'Thời điểm cung cấp'],
        },
      ],
      ctx,
    );
  })
  .meta({
    title: 'SharingLogEntry',
    description:
      'Decree 47/2020 Art. 45.2 a–đ: a sharing log entry: time and form of request and provision (a), requester identifier (b), request content (c), response status and data shared where needed (d), other information (đ).',
  });

/** A sharing log entry (see {@link sharingLogEntrySchema}). */
export type SharingLogEntry = z.infer<typeof sharingLogEntrySchema>;
