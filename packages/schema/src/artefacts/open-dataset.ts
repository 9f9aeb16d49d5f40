import * as z from 'zod';
import { distributionSchema } from './distribution';
import { agencyReferenceSchema } from './parts/agency-reference';
import { contactSchema } from './parts/contact';
import { checkInstantOrder } from './parts/instant-order';
import { isoDateSchema } from './parts/iso-date';
import { localizedTextSchema } from './parts/localized-text';
import { plainTextSchema } from './parts/plain-text';
import { recordIdentifierSchema } from './parts/record-identifier';

/** Update frequencies (DCAT-AP 3 dct:accrualPeriodicity, codes of the EU frequency vocabulary). */
export const updateFrequencySchema = z
  .enum(['UPDATE_CONT', 'DAILY', 'WEEKLY', 'MONTHLY', 'QUARTERLY', 'BIANNUAL', 'ANNUAL', 'IRREG'])
  .meta({
    description: 'DCAT-AP 3 dct:accrualPeriodicity: how often the data is updated (EU frequency codes).',
  });

/**
 * An open dataset of a state agency (DCAT-AP 3 dcat:Dataset). Open data was governed by Decree
 * 47/2020 Art. 17–21, repealed by Decree 194/2025 from 2025-08-19; the practice continues under the
 * Law on Data, and provinces still apply the review and update periods of former Art. 20.3.
 */
export const openDatasetSchema = z
  .strictObject({
    /** DCAT-AP 3 dct:identifier (optional in DCAT-AP, required by Chiase): the identifier of the dataset. */
    id: recordIdentifierSchema.describe(
      'DCAT-AP 3 dct:identifier (optional in DCAT-AP, required by Chiase): the identifier of the dataset.',
    ),
    /** DCAT-AP 3 dct:title (mandatory): the dataset name. */
    title: localizedTextSchema.describe('DCAT-AP 3 dct:title (mandatory): the dataset name.'),
    /** DCAT-AP 3 dct:description (mandatory): what the dataset contains. */
    description: localizedTextSchema.describe(
      'DCAT-AP 3 dct:description (mandatory): what the dataset contains.',
    ),
    /** DCAT-AP 3 dct:publisher (recommended); QĐ 20/2020/QĐ-TTg Art. 4: the publishing agency. */
    publisher: agencyReferenceSchema.describe(
      'DCAT-AP 3 dct:publisher (recommended); QĐ 20/2020/QĐ-TTg Art. 4: the publishing agency.',
    ),
    /** DCAT-AP 3 dcat:contactPoint (recommended); former Decree 47/2020 Art. 19.2: the feedback contact. */
    contactPoint: contactSchema.describe(
      'DCAT-AP 3 dcat:contactPoint (recommended); former Decree 47/2020 Art. 19.2: the feedback contact.',
    ),
    /** DCAT-AP 3 dcat:keyword (recommended): keywords. */
    keywords: z.array(plainTextSchema).optional().describe('DCAT-AP 3 dcat:keyword (recommended): keywords.'),
    /** DCAT-AP 3 dct:spatial (recommended): the area covered, e.g. Tỉnh Kiên Giang. */
    spatial: plainTextSchema
      .optional()
      .describe('DCAT-AP 3 dct:spatial (recommended): the area covered, e.g. Tỉnh Kiên Giang.'),
    /** DCAT-AP 3 dct:accrualPeriodicity (optional in DCAT-AP, required by Chiase): how often the data is updated. */
    updateFrequency: updateFrequencySchema.describe(
      'DCAT-AP 3 dct:accrualPeriodicity (optional in DCAT-AP, required by Chiase): how often the data is updated.',
    ),
    /** DCAT-AP 3 dct:issued (optional in DCAT-AP, required by Chiase); former Decree 47/2020 Art. 20.3: the publication date. */
    issued: isoDateSchema.describe(
      'DCAT-AP 3 dct:issued (optional in DCAT-AP, required by Chiase); former Decree 47/2020 Art. 20.3: the publication date.',
    ),
    /** DCAT-AP 3 dct:modified (optional in DCAT-AP, required by Chiase): when the dataset was last changed. */
    modified: isoDateSchema.describe(
      'DCAT-AP 3 dct:modified (optional in DCAT-AP, required by Chiase): when the dataset was last changed.',
    ),
    /** Former Decree 47/2020 Art. 20.3: the last review of the open-data catalogue (at least every 6 months). */
    catalogueReviewedOn: isoDateSchema
      .optional()
      .describe(
        'Former Decree 47/2020 Art. 20.3: the last review of the open-data catalogue (at least every 6 months).',
      ),
    /** Former Decree 47/2020 Art. 20.3: the last data update (within 3 months of publication). */
    dataUpdatedOn: isoDateSchema
      .optional()
      .describe('Former Decree 47/2020 Art. 20.3: the last data update (within 3 months of publication).'),
    /** DCAT-AP 3 dcat:distribution (recommended); former Decree 47/2020 Art. 21.1: how the data is provided. */
    distributions: z
      .array(distributionSchema)
      .min(1)
      .describe(
        'DCAT-AP 3 dcat:distribution (recommended); former Decree 47/2020 Art. 21.1: how the data is provided.',
      ),
  })
  .superRefine((value, ctx) =>
    checkInstantOrder(
      value,
      [
        {
          earlier: 'issued',
          later: 'modified',
          reason: 'open_dataset.modified_before_issued',
          vi: ['Ngày công bố', 'Ngày sửa đổi'],
        },
        {
          earlier: 'issued',
          later: 'dataUpdatedOn',
          reason: 'open_dataset.updated_before_issued',
          vi: ['Ngày công bố', 'Ngày cập nhật dữ liệu'],
        },
      ],
      ctx,
    ),
  )
  .meta({
    title: 'OpenDataset',
    description:
      'DCAT-AP 3 dcat:Dataset of open data (former Decree 47/2020 Art. 17–21): title and description, publisher, contact, update frequency, issued and modified dates, catalogue review and data update dates (former Art. 20.3), distributions.',
  });

/** An open dataset (see {@link openDatasetSchema}). */
export type OpenDataset = z.infer<typeof openDatasetSchema>;
