import * as z from 'zod';
import { agencyReferenceSchema } from './parts/agency-reference';
import { checkInstantOrder } from './parts/instant-order';
import { isoDateSchema } from './parts/iso-date';
import { isoDateTimeSchema } from './parts/iso-date-time';
import { legalReferenceSchema } from './parts/legal-reference';
import { localizedTextSchema } from './parts/localized-text';
import { plainTextSchema } from './parts/plain-text';
import { recordIdentifierSchema } from './parts/record-identifier';
import { serviceAuthenticationSchema } from './parts/service-endpoint';
import { serviceIdentifierSchema } from './parts/service-identifier';

/**
 * The connection account issued to the consumer (Decree 47/2020 Art. 35.3, 40). It names the account;
 * it never carries a secret, which goes to the consumer by another channel.
 */
export const connectionAccountSchema = z
  .strictObject({
    /** Decree 47/2020 Art. 40.1: the account identifier (e.g. the consumer key), never the secret. */
    accountId: plainTextSchema.describe(
      'Decree 47/2020 Art. 40.1: the account identifier (e.g. the consumer key), never the secret.',
    ),
    /** Decree 47/2020 Art. 40.1: how the account is identified and authenticated. */
    authentication: serviceAuthenticationSchema.describe(
      'Decree 47/2020 Art. 40.1: how the account is identified and authenticated.',
    ),
    /** Decree 47/2020 Art. 40.2: who issued the account (the provider, or the platform operator it delegated). */
    issuedBy: agencyReferenceSchema.describe(
      'Decree 47/2020 Art. 40.2: who issued the account (the provider, or the platform operator it delegated).',
    ),
    /** Chiase extension: the services the account may call. */
    services: z
      .array(serviceIdentifierSchema)
      .min(1)
      .optional()
      .describe('Chiase extension: the services the account may call.'),
    /** Chiase extension: the first day the account works. */
    validFrom: isoDateSchema.optional().describe('Chiase extension: the first day the account works.'),
    /** Chiase extension: the last day the account works (e.g. the end of a sharing agreement, Art. 38.4). */
    validUntil: isoDateSchema
      .optional()
      .describe(
        'Chiase extension: the last day the account works (e.g. the end of a sharing agreement, Art. 38.4).',
      ),
  })
  .superRefine((value, ctx) =>
    checkInstantOrder(
      value,
      [
        {
          earlier: 'validFrom',
          later: 'validUntil',
          reason: 'connection_account.ends_before_start',
          vi: ['Ngày bắt đầu hiệu lực', 'Ngày hết hiệu lực'],
        },
      ],
      ctx,
    ),
  );

const common = {
  /** Chiase extension: the identifier of the connection request answered. */
  requestId: recordIdentifierSchema.describe(
    'Chiase extension: the identifier of the connection request answered.',
  ),
  /** Decree 47/2020 Art. 35.3; QĐ 20/2020/QĐ-TTg Art. 4: the providing agency that decides. */
  provider: agencyReferenceSchema.describe(
    'Decree 47/2020 Art. 35.3; QĐ 20/2020/QĐ-TTg Art. 4: the providing agency that decides.',
  ),
  /** Decree 47/2020 Art. 35.3: when the request was received (the deadline runs from here). */
  requestReceivedAt: isoDateTimeSchema.describe(
    'Decree 47/2020 Art. 35.3: when the request was received (the deadline runs from here).',
  ),
  /** Decree 47/2020 Art. 35.3 (5 working days; 2 from 2025-08-19, Decree 194/2025): when the decision was sent. */
  decidedAt: isoDateTimeSchema.describe(
    'Decree 47/2020 Art. 35.3 (5 working days; 2 from 2025-08-19, Decree 194/2025): when the decision was sent.',
  ),
};

/**
 * The provider's answer to a connection request, Decree 47/2020 Art. 35.3: a connection account
 * (`accepted`), or a refusal with its reasons (Art. 35.3) and legal basis (Decree 194/2025 Art. 16, as
 * reported in DOMAIN.md). Deadline checks use the working-day calendar, not this schema.
 */
export const connectionDecisionSchema = z
  .discriminatedUnion('outcome', [
    z.strictObject({
      /** Decree 47/2020 Art. 35.3: the request is accepted and an account created. */
      outcome: z
        .literal('accepted')
        .describe('Decree 47/2020 Art. 35.3: the request is accepted and an account created.'),
      ...common,
      /** Decree 47/2020 Art. 35.3, 40: the connection account created. */
      account: connectionAccountSchema.describe(
        'Decree 47/2020 Art. 35.3, 40: the connection account created.',
      ),
    }),
    z.strictObject({
      /** Decree 47/2020 Art. 35.3: the request is refused. */
      outcome: z.literal('refused').describe('Decree 47/2020 Art. 35.3: the request is refused.'),
      ...common,
      /** Decree 47/2020 Art. 35.3 ("nêu rõ lý do từ chối"): the reasons for refusal. */
      reasons: z
        .array(localizedTextSchema)
        .min(1)
        .describe("Decree 47/2020 Art. 35.3 ('nêu rõ lý do từ chối'): the reasons for refusal."),
      /** Decree 194/2025 Art. 16 (amending Art. 35.3, as reported): the legal basis of the refusal. */
      legalBasis: z
        .array(legalReferenceSchema)
        .min(1)
        .describe(
          'Decree 194/2025 Art. 16 (amending Art. 35.3, as reported): the legal basis of the refusal.',
        ),
    }),
  ])
  .superRefine((value, ctx) =>
    checkInstantOrder(
      value,
      [
        {
          earlier: 'requestReceivedAt',
          later: 'decidedAt',
          reason: 'connection_decision.decided_before_received',
          vi: ['Thời điểm tiếp nhận yêu cầu', 'Thời điểm quyết định'],
        },
      ],
      ctx,
    ),
  )
  .meta({
    title: 'ConnectionDecision',
    description:
      'Decree 47/2020 Art. 35.3, 40: the answer to a connection request: accepted with a connection account, or refused with reasons and legal basis.',
  });

/** A connection decision (see {@link connectionDecisionSchema}). */
export type ConnectionDecision = z.infer<typeof connectionDecisionSchema>;
