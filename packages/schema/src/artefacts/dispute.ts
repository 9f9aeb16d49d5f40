import * as z from 'zod';
import { agencyReferenceSchema } from './parts/agency-reference';
import { checkInstantOrder } from './parts/instant-order';
import { isoDateTimeSchema } from './parts/iso-date-time';
import { localizedTextSchema } from './parts/localized-text';
import { organisationReferenceSchema } from './parts/organisation-reference';
import { recordIdentifierSchema } from './parts/record-identifier';
import { addRefinementIssue } from './parts/refinement-issue';
import { serviceIdentifierSchema } from './parts/service-identifier';
import { shared } from './parts/shared-definition';

/** The categories of dispute (vướng mắc), Decree 47/2020 Art. 47.1–47.6. */
export const disputeCategorySchema = shared(
  'DisputeCategory',
  z
    .enum([
      'rights-and-obligations',
      'infrastructure',
      'standards',
      'data-quality',
      'connection-plan',
      'other',
    ])
    .meta({
      description:
        'Decree 47/2020 Art. 47: rights and obligations (1), technical infrastructure (2), standards and regulations (3), quality of shared data (4), connection plan (5), other (6).',
    }),
);

// Decree 47/2020 Art. 49: the order of the levels a dispute goes through.
const LEVELS = ['provider', 'it-unit', 'national'] as const;

/** One step of the dispute procedure, Decree 47/2020 Art. 49.1–49.3. */
export const disputeStepSchema = shared(
  'DisputeStep',
  z
    .strictObject({
      /**
       * Decree 47/2020 Art. 49: `provider` (49.1, answer within 7 working days), `it-unit` (49.2, the
       * ministry's or province's IT unit, 7 working days), `national` (49.3, the minister or chairman
       * refers it to the Ministry of Information and Communications or reports to the Prime Minister).
       */
      level: z
        .enum(LEVELS)
        .describe('Decree 47/2020 Art. 49: provider (49.1), it-unit (49.2) or national (49.3).'),
      /** Decree 47/2020 Art. 48–49: the body handling this step. */
      handler: agencyReferenceSchema.describe('Decree 47/2020 Art. 48–49: the body handling this step.'),
      /** Decree 47/2020 Art. 49.1–49.2: when the body received the request (the deadline runs from here). */
      submittedAt: isoDateTimeSchema.describe(
        'Decree 47/2020 Art. 49.1–49.2: when the body received the request (the deadline runs from here).',
      ),
      /** Decree 47/2020 Art. 49.1–49.2: when it answered. */
      answeredAt: isoDateTimeSchema.optional().describe('Decree 47/2020 Art. 49.1–49.2: when it answered.'),
      /** Decree 47/2020 Art. 49.1–49.2: its answer or guidance. */
      answer: localizedTextSchema
        .optional()
        .describe('Decree 47/2020 Art. 49.1–49.2: its answer or guidance.'),
      /** Decree 47/2020 Art. 49.2 ("không giải quyết được"): whether the step settled the dispute. */
      resolved: z
        .boolean()
        .optional()
        .describe(
          "Decree 47/2020 Art. 49.2 ('không giải quyết được'): whether the step settled the dispute.",
        ),
    })
    .superRefine((step, ctx) =>
      checkInstantOrder(
        step,
        [
          {
            earlier: 'submittedAt',
            later: 'answeredAt',
            reason: 'dispute_step.answered_before_submitted',
            vi: ['Thời điểm tiếp nhận', 'Thời điểm trả lời'],
          },
        ],
        ctx,
      ),
    )
    .meta({ description: 'Decree 47/2020 Art. 49.1–49.3: one step of the dispute procedure.' }),
);

/**
 * A dispute (vướng mắc) raised about connecting, sharing or using data, Decree 47/2020 Art. 47–50.
 * Steps follow Art. 49 in order; a dispute between ministries, sectors or localities may go straight
 * to the national level (Art. 49.3). Deadlines (7 working days, Art. 49.1–49.2) use the calendar.
 */
export const disputeSchema = z
  .strictObject({
    /** Chiase extension: the identifier of the dispute. */
    id: recordIdentifierSchema.describe('Chiase extension: the identifier of the dispute.'),
    /** Decree 47/2020 Art. 47: the category. */
    category: disputeCategorySchema.describe('Decree 47/2020 Art. 47: the category.'),
    /** Decree 47/2020 Art. 49.1: the consumer that raises the dispute. */
    raisedBy: organisationReferenceSchema.describe(
      'Decree 47/2020 Art. 49.1: the consumer that raises the dispute.',
    ),
    /** Decree 47/2020 Art. 48.1: the provider of the data concerned. */
    provider: agencyReferenceSchema.describe('Decree 47/2020 Art. 48.1: the provider of the data concerned.'),
    /** Decree 47/2020 Art. 49.1: the subject of the request. */
    subject: localizedTextSchema.describe('Decree 47/2020 Art. 49.1: the subject of the request.'),
    /** Decree 47/2020 Art. 49.1: the description of the problem. */
    description: localizedTextSchema.describe('Decree 47/2020 Art. 49.1: the description of the problem.'),
    /** Chiase extension: the service concerned. */
    serviceId: serviceIdentifierSchema.optional().describe('Chiase extension: the service concerned.'),
    /** Decree 47/2020 Art. 50.1b: the sharing agreement concerned, if any. */
    agreementId: recordIdentifierSchema
      .optional()
      .describe('Decree 47/2020 Art. 50.1b: the sharing agreement concerned, if any.'),
    /** Decree 47/2020 Art. 49: the steps taken, in order. */
    steps: z.array(disputeStepSchema).min(1).describe('Decree 47/2020 Art. 49: the steps taken, in order.'),
    /** Chiase extension: open, or resolved by one of the steps. */
    status: z.enum(['open', 'resolved']).describe('Chiase extension: open, or resolved by one of the steps.'),
  })
  .superRefine((value, ctx) => {
    value.steps.forEach((step, index) => {
      const level = LEVELS.indexOf(step.level);
      if (index === 0) {
        // Art. 49.2 comes only after 49.1 failed; Art. 49.3 may come first for inter-agency disputes.
        if (step.level === 'it-unit') {
          addRefinementIssue(ctx, {
            path: ['steps', 0, 'level'],
            reason: 'dispute.skipped_provider',
            vi: 'Vướng mắc phải gửi cơ quan cung cấp dữ liệu trước khi gửi đơn vị chuyên trách công nghệ thông tin (Nghị định 47/2020 Điều 49 khoản 1–2).',
            en: 'A dispute goes to the data provider before the IT unit (Decree 47/2020 Art. 49.1–49.2).',
          });
        }
        return;
      }
      const previous = value.steps[index - 1];
      if (previous === undefined) return;
      if (level <= LEVELS.indexOf(previous.level)) {
        addRefinementIssue(ctx, {
          path: ['steps', index, 'level'],
          reason: 'dispute.step_order',
          vi: `Bước ${index + 1} (${step.level}) phải ở cấp cao hơn bước trước (${previous.level}) (Nghị định 47/2020 Điều 49).`,
          en: `Step ${index + 1} (${step.level}) must be at a higher level than the step before (${previous.level}) (Decree 47/2020 Art. 49).`,
        });
      }
      if (
        previous.answeredAt !== undefined &&
        Date.parse(step.submittedAt) < Date.parse(previous.answeredAt)
      ) {
        addRefinementIssue(ctx, {
          path: ['steps', index, 'submittedAt'],
          reason: 'dispute.escalated_before_answer',
          vi: `Bước ${index + 1} được tiếp nhận (${step.submittedAt}) trước khi bước trước trả lời (${previous.answeredAt}).`,
          en: `Step ${index + 1} was received (${step.submittedAt}) before the previous step answered (${previous.answeredAt}).`,
        });
      }
    });
    if (value.status === 'resolved' && !value.steps.some((step) => step.resolved === true)) {
      addRefinementIssue(ctx, {
        path: ['status'],
        reason: 'dispute.resolved_without_step',
        vi: 'Vướng mắc "resolved" phải có một bước đã giải quyết (resolved: true).',
        en: 'A resolved dispute needs a step that resolved it (resolved: true).',
      });
    }
  })
  .meta({
    title: 'Dispute',
    description:
      'Decree 47/2020 Art. 47–50: a dispute about connecting, sharing or using data, with its category (Art. 47) and the steps of Art. 49 (provider; IT unit; national level).',
  });

/** A dispute (see {@link disputeSchema}). */
export type Dispute = z.infer<typeof disputeSchema>;
