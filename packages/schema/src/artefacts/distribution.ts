import * as z from 'zod';
import { httpUrlSchema } from './parts/http-url';
import { checkInstantOrder } from './parts/instant-order';
import { isoDateSchema } from './parts/iso-date';
import { localizedTextSchema } from './parts/localized-text';
import { recordIdentifierSchema } from './parts/record-identifier';
import { addRefinementIssue } from './parts/refinement-issue';
import { serviceIdentifierSchema } from './parts/service-identifier';
import { sha256Schema } from './parts/sha256';
import { shared } from './parts/shared-definition';

/**
 * File formats of open-data distributions (DCAT-AP 3 dct:format, codes of the EU file-type
 * vocabulary). Former Decree 47/2020 Art. 17.1e asks for open formats (Art. 3.8).
 */
export const distributionFormatSchema = shared(
  'DistributionFormat',
  z.enum(['CSV', 'JSON', 'XML', 'XLSX', 'ODS', 'JSON_LD', 'RDF_XML', 'GEOJSON', 'ZIP']).meta({
    description:
      'DCAT-AP 3 dct:format (EU file-type codes); former Decree 47/2020 Art. 17.1e, 3.8: an open format.',
  }),
);

/**
 * One distribution of an open dataset (DCAT-AP 3 dcat:Distribution): a downloadable package or
 * access through a data-sharing service (former Decree 47/2020 Art. 21.1a–b; Art. 17–21 were repealed
 * by Decree 194/2025 from 2025-08-19, the practice continues under the Law on Data). A file offered
 * for download must state its byte size and SHA-256 digest.
 */
export const distributionSchema = shared(
  'Distribution',
  z
    .strictObject({
      /** DCAT-AP 3 dct:identifier (optional): the identifier of the distribution. */
      id: recordIdentifierSchema
        .optional()
        .describe('DCAT-AP 3 dct:identifier (optional): the identifier of the distribution.'),
      /** DCAT-AP 3 dct:title (optional): the name of the distribution. */
      title: localizedTextSchema
        .optional()
        .describe('DCAT-AP 3 dct:title (optional): the name of the distribution.'),
      /** DCAT-AP 3 dct:description (recommended): what the distribution contains. */
      description: localizedTextSchema
        .optional()
        .describe('DCAT-AP 3 dct:description (recommended): what the distribution contains.'),
      /** DCAT-AP 3 dcat:accessURL (mandatory): where the data can be reached. */
      accessUrl: httpUrlSchema.describe(
        'DCAT-AP 3 dcat:accessURL (mandatory): where the data can be reached.',
      ),
      /** DCAT-AP 3 dcat:downloadURL; former Decree 47/2020 Art. 21.1a: the file to download. */
      downloadUrl: httpUrlSchema
        .optional()
        .describe('DCAT-AP 3 dcat:downloadURL; former Decree 47/2020 Art. 21.1a: the file to download.'),
      /** DCAT-AP 3 dcat:accessService; former Decree 47/2020 Art. 21.1b: the data-sharing service. */
      accessService: serviceIdentifierSchema
        .optional()
        .describe(
          'DCAT-AP 3 dcat:accessService; former Decree 47/2020 Art. 21.1b: the data-sharing service.',
        ),
      /** DCAT-AP 3 dct:format (recommended); former Decree 47/2020 Art. 17.1e: the file format. */
      format: distributionFormatSchema.describe(
        'DCAT-AP 3 dct:format (recommended); former Decree 47/2020 Art. 17.1e: the file format.',
      ),
      /** DCAT-AP 3 dcat:mediaType (optional): the IANA media type, e.g. text/csv. */
      mediaType: z
        .string()
        .regex(/^[a-z]+\/[a-z0-9.+-]+$/)
        .optional()
        .describe('DCAT-AP 3 dcat:mediaType (optional): the IANA media type, e.g. text/csv.'),
      /** DCAT-AP 3 dcat:byteSize: the size of the file in bytes (required with downloadUrl). */
      byteSize: z
        .int()
        .min(0)
        .optional()
        .describe('DCAT-AP 3 dcat:byteSize: the size of the file in bytes (required with downloadUrl).'),
      /** DCAT-AP 3 spdx:checksum (algorithm sha256): the file digest (required with downloadUrl). */
      sha256: sha256Schema
        .optional()
        .describe('DCAT-AP 3 spdx:checksum (algorithm sha256): the file digest (required with downloadUrl).'),
      /** DCAT-AP 3 dct:license (recommended); former Decree 47/2020 Art. 17.1g, 18: the terms of use. */
      license: httpUrlSchema.describe(
        'DCAT-AP 3 dct:license (recommended); former Decree 47/2020 Art. 17.1g, 18: the terms of use.',
      ),
      /** DCAT-AP 3 dct:issued (optional): when the distribution was first published. */
      issued: isoDateSchema
        .optional()
        .describe('DCAT-AP 3 dct:issued (optional): when the distribution was first published.'),
      /** DCAT-AP 3 dct:modified (optional): when the distribution was last changed. */
      modified: isoDateSchema
        .optional()
        .describe('DCAT-AP 3 dct:modified (optional): when the distribution was last changed.'),
    })
    .superRefine((value, ctx) => {
      if (value.downloadUrl !== undefined) {
        for (const key of ['byteSize', 'sha256'] as const) {
          if (value[key] !== undefined) continue;
          addRefinementIssue(ctx, {
            path: [key],
            reason: 'distribution.download_unverifiable',
            vi: `Tệp tải về (downloadUrl) phải kèm "${key}" để người dùng kiểm tra được tệp nhận được.`,
            en: `A file offered for download (downloadUrl) needs "${key}" so users can verify what they receive.`,
          });
        }
      }
      checkInstantOrder(
        value,
        [
          {
            earlier: 'issued',
            later: 'modified',
            reason: 'distribution.modified_before_issued',
            vi: ['Ngày công bố', 'Ngày sửa đổi'],
          },
        ],
        ctx,
      );
    })
    .meta({
      title: 'Distribution',
      description:
        'DCAT-AP 3 dcat:Distribution of open data (former Decree 47/2020 Art. 21.1): access URL, format, licence, and for a download its byte size and SHA-256.',
    }),
);

/** An open-data distribution (see {@link distributionSchema}). */
export type Distribution = z.infer<typeof distributionSchema>;
