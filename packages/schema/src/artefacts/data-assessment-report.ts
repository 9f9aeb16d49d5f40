import * as z from 'zod';
import { agencyReferenceSchema } from './parts/agency-reference';
import { isoDateSchema } from './parts/iso-date';
import { localizedTextSchema } from './parts/localized-text';
import { organisationReferenceSchema } from './parts/organisation-reference';
import { plainTextSchema } from './parts/plain-text';
import { recordIdentifierSchema } from './parts/record-identifier';
import { addRefinementIssue } from './parts/refinement-issue';
import { shared } from './parts/shared-definition';

/** A finding of the quality assessment (Decree 47/2020 Art. 16.2c). */
export const qualityFindingSchema = shared(
  'QualityFinding',
  z
    .strictObject({
      /** Decree 47/2020 Art. 16.2c: what was found. */
      summary: localizedTextSchema.describe('Decree 47/2020 Art. 16.2c: what was found.'),
      /** Chiase extension: the share of records that pass, from 0 to 1. */
      score: z
        .number()
        .min(0)
        .max(1)
        .optional()
        .describe('Chiase extension: the share of records that pass, from 0 to 1.'),
      /** Chiase extension: the number of faulty records found. */
      issuesFound: z
        .int()
        .min(0)
        .optional()
        .describe('Chiase extension: the number of faulty records found.'),
    })
    .meta({ description: 'Decree 47/2020 Art. 16.2c: a finding of the data quality assessment.' }),
);

/**
 * The annual data check and assessment report of a database owner (Decree 47/2020 Art. 16), with the
 * contents of Art. 16.2 a–e, the proposed maintenance actions (Art. 16.3), sent to the IT unit
 * before 31 December (Art. 16.4).
 */
export const dataAssessmentReportSchema = z
  .strictObject({
    /** Chiase extension: the identifier of the report. */
    id: recordIdentifierSchema.describe('Chiase extension: the identifier of the report.'),
    /** Decree 47/2020 Art. 16.1: the year assessed (the assessment is annual). */
    year: z
      .int()
      .min(2020)
      .max(2100)
      .describe('Decree 47/2020 Art. 16.1: the year assessed (the assessment is annual).'),
    /** Decree 47/2020 Art. 16.4: the database owner (chủ quản) that assesses. */
    owner: agencyReferenceSchema.describe(
      'Decree 47/2020 Art. 16.4: the database owner (chủ quản) that assesses.',
    ),
    /** Decree 47/2020 Art. 16.1: the database assessed. */
    database: z
      .strictObject({
        /** Decree 47/2020 Art. 16.1: the database name. */
        name: localizedTextSchema.describe('Decree 47/2020 Art. 16.1: the database name.'),
        /** Chiase extension: its entry in the database catalogue (Art. 11.4). */
        catalogueEntryId: recordIdentifierSchema
          .optional()
          .describe('Chiase extension: its entry in the database catalogue (Art. 11.4).'),
      })
      .describe('Decree 47/2020 Art. 16.1: the database assessed.'),
    /** Decree 47/2020 Art. 16.2a: the inventory of data content categories. */
    inventory: z
      .array(
        z.strictObject({
          /** Decree 47/2020 Art. 16.2a: the content category. */
          category: localizedTextSchema.describe('Decree 47/2020 Art. 16.2a: the content category.'),
          /** Chiase extension: the number of records. */
          recordCount: z.int().min(0).optional().describe('Chiase extension: the number of records.'),
        }),
      )
      .min(1)
      .describe('Decree 47/2020 Art. 16.2a: the inventory of data content categories.'),
    /** Decree 47/2020 Art. 16.2b: compliance with data standards, technical regulations and rules. */
    standardsCompliance: z
      .array(
        z.strictObject({
          /** Decree 47/2020 Art. 16.2b: the standard, regulation or rule, e.g. QCVN 102:2016/BTTTT. */
          standard: plainTextSchema.describe(
            'Decree 47/2020 Art. 16.2b: the standard, regulation or rule, e.g. QCVN 102:2016/BTTTT.',
          ),
          /** Decree 47/2020 Art. 16.2b: whether the data complies. */
          compliant: z.boolean().describe('Decree 47/2020 Art. 16.2b: whether the data complies.'),
          /** Decree 47/2020 Art. 16.2b: details of the assessment. */
          note: localizedTextSchema
            .optional()
            .describe('Decree 47/2020 Art. 16.2b: details of the assessment.'),
        }),
      )
      .min(1)
      .describe(
        'Decree 47/2020 Art. 16.2b: compliance with data standards, technical regulations and rules.',
      ),
    /** Decree 47/2020 Art. 16.2c: data quality: accuracy, integrity, anomalous data. */
    quality: z
      .strictObject({
        /** Decree 47/2020 Art. 16.2c: accuracy (độ chính xác). */
        accuracy: qualityFindingSchema.describe('Decree 47/2020 Art. 16.2c: accuracy (độ chính xác).'),
        /** Decree 47/2020 Art. 16.2c: integrity (độ toàn vẹn). */
        integrity: qualityFindingSchema.describe('Decree 47/2020 Art. 16.2c: integrity (độ toàn vẹn).'),
        /** Decree 47/2020 Art. 16.2c: anomalous data (dữ liệu bất thường). */
        anomalies: qualityFindingSchema.describe(
          'Decree 47/2020 Art. 16.2c: anomalous data (dữ liệu bất thường).',
        ),
      })
      .describe('Decree 47/2020 Art. 16.2c: data quality: accuracy, integrity, anomalous data.'),
    /** Decree 47/2020 Art. 16.2d: maintenance, operation and updating, and the update and access logs. */
    maintenance: z
      .strictObject({
        /** Decree 47/2020 Art. 16.2d: the assessment. */
        summary: localizedTextSchema.describe('Decree 47/2020 Art. 16.2d: the assessment.'),
        /** Decree 47/2020 Art. 16.2d (nhật ký cập nhật): whether an update log is kept. */
        updateLogKept: z
          .boolean()
          .describe('Decree 47/2020 Art. 16.2d (nhật ký cập nhật): whether an update log is kept.'),
        /** Decree 47/2020 Art. 16.2d (nhật ký khai thác), 45: whether an access log is kept. */
        accessLogKept: z
          .boolean()
          .describe('Decree 47/2020 Art. 16.2d (nhật ký khai thác), 45: whether an access log is kept.'),
      })
      .describe(
        'Decree 47/2020 Art. 16.2d: maintenance, operation and updating, and the update and access logs.',
      ),
    /** Decree 47/2020 Art. 16.2đ: sharing: users and purposes, against the rules of use. */
    sharing: z
      .strictObject({
        /** Decree 47/2020 Art. 16.2đ: the assessment. */
        summary: localizedTextSchema.describe('Decree 47/2020 Art. 16.2đ: the assessment.'),
        /** Decree 47/2020 Art. 16.2đ (đối tượng sử dụng): who used the data. */
        users: z
          .array(organisationReferenceSchema)
          .optional()
          .describe('Decree 47/2020 Art. 16.2đ (đối tượng sử dụng): who used the data.'),
        /** Decree 47/2020 Art. 16.2đ: whether the purposes complied with the rules of use. */
        purposesCompliant: z
          .boolean()
          .describe('Decree 47/2020 Art. 16.2đ: whether the purposes complied with the rules of use.'),
      })
      .describe('Decree 47/2020 Art. 16.2đ: sharing: users and purposes, against the rules of use.'),
    /** Decree 47/2020 Art. 16.2e: other contents required by IT authorities. */
    other: localizedTextSchema
      .optional()
      .describe('Decree 47/2020 Art. 16.2e: other contents required by IT authorities.'),
    /** Decree 47/2020 Art. 16.3: the proposed actions to maintain the data, if any. */
    proposedActions: z
      .array(localizedTextSchema)
      .optional()
      .describe('Decree 47/2020 Art. 16.3: the proposed actions to maintain the data, if any.'),
    /** Decree 47/2020 Art. 16.4: the IT unit the report goes to. */
    submittedTo: agencyReferenceSchema.describe('Decree 47/2020 Art. 16.4: the IT unit the report goes to.'),
    /** Decree 47/2020 Art. 16.4: when the report was sent (before 31 December of the year). */
    submittedOn: isoDateSchema
      .optional()
      .describe('Decree 47/2020 Art. 16.4: when the report was sent (before 31 December of the year).'),
  })
  .superRefine((value, ctx) => {
    // Art. 16.4: "trước ngày 31 tháng 12 hàng năm", read as on or before 31 December of the year assessed.
    if (value.submittedOn !== undefined && value.submittedOn.slice(0, 4) !== String(value.year)) {
      addRefinementIssue(ctx, {
        path: ['submittedOn'],
        reason: 'data_assessment_report.submitted_outside_year',
        vi: `Báo cáo đánh giá năm ${value.year} phải gửi trong năm đó, trước ngày 31/12/${value.year} (Nghị định 47/2020 Điều 16 khoản 4); ngày gửi là ${value.submittedOn}.`,
        en: `The ${value.year} assessment report must be sent within that year, before 31 December ${value.year} (Decree 47/2020 Art. 16.4); it was sent on ${value.submittedOn}.`,
      });
    }
  })
  .meta({
    title: 'DataAssessmentReport',
    description:
      'Decree 47/2020 Art. 16: the annual data assessment report: inventory (16.2a), standards compliance (b), quality: accuracy, integrity, anomalies (c), maintenance and logs (d), sharing (đ), other (e), proposed actions (16.3), sent before 31 December (16.4).',
  });

/** A data assessment report (see {@link dataAssessmentReportSchema}). */
export type DataAssessmentReport = z.infer<typeof dataAssessmentReportSchema>;
