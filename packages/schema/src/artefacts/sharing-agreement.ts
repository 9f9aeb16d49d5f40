import * as z from 'zod';
import { agencyReferenceSchema } from './parts/agency-reference';
import { dataItemListSchema } from './parts/data-item-list';
import { checkInstantOrder } from './parts/instant-order';
import { isoDateSchema } from './parts/iso-date';
import { localizedTextSchema } from './parts/localized-text';
import { recordIdentifierSchema } from './parts/record-identifier';
import { addRefinementIssue } from './parts/refinement-issue';
import { serviceIdentifierSchema } from './parts/service-identifier';
import { sharingMethodSchema } from './parts/sharing-method';

/**
 * The agreed content of sharing on specific request (nội dung thống nhất chia sẻ dữ liệu), Decree
 * 47/2020 Art. 36–39, with the 12 items of Art. 38. Item 12 (other matters) is optional: the parties
 * may have none. Art. 36.3: recorded in a document, an electronic document or a supporting system.
 */
export const sharingAgreementSchema = z
  .strictObject({
    /** Chiase extension: the identifier of the agreement. */
    id: recordIdentifierSchema.describe('Chiase extension: the identifier of the agreement.'),
    /** Chiase extension: the title of the agreement. */
    title: localizedTextSchema.describe('Chiase extension: the title of the agreement.'),
    /** Decree 47/2020 Art. 38.1: the providing agencies. */
    providers: z
      .array(agencyReferenceSchema)
      .min(1)
      .describe('Decree 47/2020 Art. 38.1: the providing agencies.'),
    /** Decree 47/2020 Art. 38.1: the consuming agencies. */
    consumers: z
      .array(agencyReferenceSchema)
      .min(1)
      .describe('Decree 47/2020 Art. 38.1: the consuming agencies.'),
    /** Decree 47/2020 Art. 38.2: the data to be shared. */
    data: z
      .strictObject({
        /** Decree 47/2020 Art. 38.2: the data to be shared, in words. */
        description: localizedTextSchema.describe(
          'Decree 47/2020 Art. 38.2: the data to be shared, in words.',
        ),
        /** Decree 47/2020 Art. 38.2: the data items, where listed. */
        items: dataItemListSchema
          .optional()
          .describe('Decree 47/2020 Art. 38.2: the data items, where listed.'),
        /** Chiase extension: the services that carry the data. */
        services: z
          .array(serviceIdentifierSchema)
          .optional()
          .describe('Chiase extension: the services that carry the data.'),
      })
      .describe('Decree 47/2020 Art. 38.2: the data to be shared.'),
    /** Decree 47/2020 Art. 38.3: where the data is shared and used. */
    places: localizedTextSchema.describe('Decree 47/2020 Art. 38.3: where the data is shared and used.'),
    /** Decree 47/2020 Art. 38.4: the term of connection and use (no end date: indefinite, Art. 23.3). */
    term: z
      .strictObject({
        /** Decree 47/2020 Art. 38.4: the first day. */
        from: isoDateSchema.describe('Decree 47/2020 Art. 38.4: the first day.'),
        /** Decree 47/2020 Art. 38.4, 23.3: the last day; absent for an indefinite term. */
        until: isoDateSchema
          .optional()
          .describe('Decree 47/2020 Art. 38.4, 23.3: the last day; absent for an indefinite term.'),
      })
      .superRefine((term, ctx) =>
        checkInstantOrder(
          term,
          [
            {
              earlier: 'from',
              later: 'until',
              reason: 'sharing_agreement.term_order',
              vi: ['Ngày bắt đầu', 'Ngày kết thúc'],
            },
          ],
          ctx,
        ),
      )
      .describe(
        'Decree 47/2020 Art. 38.4: the term of connection and use (no end date: indefinite, Art. 23.3).',
      ),
    /** Decree 47/2020 Art. 38.5, 23.1: the methods of sharing. */
    methods: z
      .array(sharingMethodSchema)
      .min(1)
      .describe('Decree 47/2020 Art. 38.5, 23.1: the methods of sharing.'),
    /** Decree 47/2020 Art. 38.5: how the sharing is carried out. */
    methodDetails: localizedTextSchema.describe('Decree 47/2020 Art. 38.5: how the sharing is carried out.'),
    /** Decree 47/2020 Art. 38.6: how the data is processed after receipt. */
    postReceiptProcessing: localizedTextSchema.describe(
      'Decree 47/2020 Art. 38.6: how the data is processed after receipt.',
    ),
    /** Decree 47/2020 Art. 38.7: conditions and limits on sharing and use. */
    conditionsAndLimits: localizedTextSchema.describe(
      'Decree 47/2020 Art. 38.7: conditions and limits on sharing and use.',
    ),
    /** Decree 47/2020 Art. 38.8: the commitments to data protection and to the agreement. */
    commitments: localizedTextSchema.describe(
      'Decree 47/2020 Art. 38.8: the commitments to data protection and to the agreement.',
    ),
    /** Decree 47/2020 Art. 38.9: security and authentication measures for transfer, storage and access. */
    securityMeasures: localizedTextSchema.describe(
      'Decree 47/2020 Art. 38.9: security and authentication measures for transfer, storage and access.',
    ),
    /** Decree 47/2020 Art. 38.10: retention of shared data and of data derived from it. */
    retention: localizedTextSchema.describe(
      'Decree 47/2020 Art. 38.10: retention of shared data and of data derived from it.',
    ),
    /** Decree 47/2020 Art. 38.11: how data is deleted or destroyed after sharing or at the end. */
    deletionMethod: localizedTextSchema.describe(
      'Decree 47/2020 Art. 38.11: how data is deleted or destroyed after sharing or at the end.',
    ),
    /** Decree 47/2020 Art. 38.12: other matters the parties agree on, if any. */
    otherMatters: localizedTextSchema
      .optional()
      .describe('Decree 47/2020 Art. 38.12: other matters the parties agree on, if any.'),
    /** Decree 47/2020 Art. 36.3: how the agreement is recorded. */
    recordedAs: z
      .enum(['document', 'electronic-document', 'information-system'])
      .optional()
      .describe('Decree 47/2020 Art. 36.3: how the agreement is recorded.'),
    /** Decree 47/2020 Art. 37 (draft, confirmed/signed); Art. 44.1d (ended): the agreement's state. */
    status: z
      .enum(['draft', 'signed', 'ended'])
      .describe(
        "Decree 47/2020 Art. 37 (draft, confirmed/signed); Art. 44.1d (ended): the agreement's state.",
      ),
    /** Decree 47/2020 Art. 37.3: when the agreement was confirmed (signed). */
    signedOn: isoDateSchema
      .optional()
      .describe('Decree 47/2020 Art. 37.3: when the agreement was confirmed (signed).'),
  })
  .superRefine((value, ctx) => {
    if (value.status !== 'draft' && value.signedOn === undefined) {
      addRefinementIssue(ctx, {
        path: ['signedOn'],
        reason: 'sharing_agreement.signed_on_missing',
        vi: `Nội dung thống nhất ở trạng thái "${value.status}" phải có ngày xác nhận (ký) (Nghị định 47/2020 Điều 37 khoản 3).`,
        en: `An agreement in status "${value.status}" needs signedOn, the date it was confirmed (Decree 47/2020 Art. 37.3).`,
      });
    }
    const providers = new Set(value.providers.map((agency) => agency.id));
    value.consumers.forEach((agency, index) => {
      if (!providers.has(agency.id)) return;
      addRefinementIssue(ctx, {
        path: ['consumers', index, 'id'],
        reason: 'sharing_agreement.same_party',
        vi: `Cơ quan ${agency.id} vừa là bên cung cấp vừa là bên khai thác; hai bên phải là các cơ quan khác nhau.`,
        en: `Agency ${agency.id} is both a provider and a consumer; the parties must be different agencies.`,
      });
    });
  })
  .meta({
    title: 'SharingAgreement',
    description:
      'Decree 47/2020 Art. 36–39: the agreed content of on-request sharing with the 12 items of Art. 38 (parties; data; place; term; method; post-receipt processing; conditions and limits; commitments; security and authentication; retention; deletion; other matters).',
  });

/** A sharing agreement (see {@link sharingAgreementSchema}). */
export type SharingAgreement = z.infer<typeof sharingAgreementSchema>;
