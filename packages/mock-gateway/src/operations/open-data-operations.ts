import * as z from 'zod';
import { checkIfMatch } from '../conventions/entity-tag';
import { ProblemError } from '../errors/problem-error';
import type { OperationContext, OperationDefinition } from '../gateway/operation';
import { jsonResponse } from '../http/json-response';
import type { CatalogueEntry, CatalogueStore } from '../state/catalogue-store';
import type { StoredDocument } from '../state/gateway-state';
import { validateArtefactBody, validateBody } from '../validation/validate-body';
import { listCatalogue, readDateTimeParameter, requireEntry, requireOwner } from './catalogue-listing';
import { putCatalogueEntry } from './catalogue-put';

const BASE = '/open-data/1.0/datasets';
const DATASET = { vi: 'tập dữ liệu mở', en: 'open dataset' };
const DISTRIBUTION = { vi: 'bản phân phối', en: 'distribution' };
/** Former Decree 47/2020 Art. 20.3: the open-data catalogue is reviewed at least every 6 months. */
const REVIEW_MONTHS = 6;

/** `DatasetReview` of the spec. */
const datasetReviewSchema = z.strictObject({
  reviewedOn: z.iso.date(),
  amended: z.boolean(),
  note: z.string().max(2000).optional(),
});

/** `YYYY-MM-DD` plus `months` (the same day, or the month's last day). */
function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Day by which the next catalogue review is due (former Art. 20.3): 6 months after the last review or publication. */
function nextReviewDue(entry: CatalogueEntry<StoredDocument>): string {
  const reviewed = entry.value.catalogueReviewedOn;
  const from = typeof reviewed === 'string' ? reviewed : entry.registeredAt.slice(0, 10);
  return addMonths(from, REVIEW_MONTHS);
}

function today(context: OperationContext): string {
  return new Date(context.clock.now() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** `DatasetEntry` of the spec. */
function projectDataset(entry: CatalogueEntry<StoredDocument>): unknown {
  return {
    id: entry.id,
    etag: entry.etag,
    registeredAt: entry.registeredAt,
    updatedAt: entry.updatedAt,
    nextReviewDue: nextReviewDue(entry),
    dataset: entry.value,
  };
}

/** `DistributionEntry` of the spec. */
function distributionProjector(context: OperationContext, datasetId: string) {
  return (entry: CatalogueEntry<StoredDocument>): unknown => ({
    id: entry.id,
    datasetId,
    etag: entry.etag,
    registeredAt: entry.registeredAt,
    updatedAt: entry.updatedAt,
    uploadedAt: context.state.openData.fileOf(datasetId, entry.id)?.uploadedAt ?? null,
    distribution: entry.value,
  });
}

/** The id a distribution is addressed by: its `id`, or its 1-based position when it has none. */
function distributionIdOf(distribution: StoredDocument, index: number): string {
  return typeof distribution.id === 'string' ? distribution.id : String(index + 1);
}

/** Makes the distribution store of a dataset hold exactly the dataset document's `distributions`. */
function syncDistributions(context: OperationContext, datasetId: string, dataset: StoredDocument): void {
  const store = context.state.openData.distributionsOf(datasetId);
  const wanted = new Map(
    ((dataset.distributions as StoredDocument[] | undefined) ?? []).map((d, i) => [
      distributionIdOf(d, i),
      d,
    ]),
  );
  for (const entry of store.list()) {
    if (!wanted.has(entry.id)) {
      store.delete(entry.id);
      context.state.openData.deleteFile(datasetId, entry.id);
    }
  }
  for (const [id, distribution] of wanted) {
    const current = store.get(id);
    if (current === undefined) store.create(id, context.consumer?.key ?? '', distribution);
    else if (JSON.stringify(current.value) !== JSON.stringify(distribution)) store.update(id, distribution);
  }
}

/** Rewrites the dataset document from its distribution store (after one distribution changed). */
function rewriteDataset(
  context: OperationContext,
  datasetId: string,
  changes: StoredDocument = {},
): CatalogueEntry<StoredDocument> {
  const entry = requireEntry(context.state.openData.datasets, datasetId, DATASET);
  const distributions = context.state.openData
    .distributionsOf(datasetId)
    .list()
    .map((e) => e.value);
  return context.state.openData.datasets.update(datasetId, { ...entry.value, ...changes, distributions });
}

function requireDistribution(context: OperationContext): {
  datasetId: string;
  store: CatalogueStore<StoredDocument>;
  entry: CatalogueEntry<StoredDocument>;
} {
  const datasetId = context.params.datasetId ?? '';
  requireEntry(context.state.openData.datasets, datasetId, DATASET);
  const store = context.state.openData.distributionsOf(datasetId);
  const entry = requireEntry(store, context.params.distributionId ?? '', DISTRIBUTION);
  return { datasetId, store, entry };
}

/** `GET /open-data/1.0/datasets` (former Decree 47/2020 Art. 19–20), with `reviewOverdue`. */
export const listDatasets: OperationDefinition = {
  operationId: 'openData.listDatasets',
  group: 'openData',
  method: 'GET',
  path: BASE,
  handle(context) {
    const overdue = context.query.get('reviewOverdue');
    if (overdue !== null && overdue !== 'true' && overdue !== 'false') {
      throw new ProblemError(
        'invalid_request',
        { vi: 'reviewOverdue phải là true hoặc false.', en: 'reviewOverdue must be true or false.' },
        { errors: [{ parameter: 'reviewOverdue', detail: 'must be true or false' }] },
      );
    }
    readDateTimeParameter(context.query, 'updatedSince');
    const day = today(context);
    return listCatalogue(context, context.state.openData.datasets, {
      project: projectDataset,
      ...(overdue === null ? {} : { filter: (e) => nextReviewDue(e) < day === (overdue === 'true') }),
    });
  },
};

/** `GET /open-data/1.0/datasets/{datasetId}`. */
export const getDataset: OperationDefinition = {
  operationId: 'openData.getDataset',
  group: 'openData',
  method: 'GET',
  path: `${BASE}/{datasetId}`,
  handle(context) {
    const entry = requireEntry(context.state.openData.datasets, context.params.datasetId ?? '', DATASET);
    return jsonResponse(projectDataset(entry), { etag: entry.etag });
  },
};

/** `PUT /open-data/1.0/datasets/{datasetId}`: publishes (201) or replaces (200) a dataset with its distributions. */
export const putDataset: OperationDefinition = {
  operationId: 'openData.putDataset',
  group: 'openData',
  method: 'PUT',
  path: `${BASE}/{datasetId}`,
  handle(context) {
    const id = context.params.datasetId ?? '';
    const document = validateArtefactBody('open-dataset', context.json());
    const response = putCatalogueEntry(
      context,
      context.state.openData.datasets,
      id,
      document,
      projectDataset,
    );
    syncDistributions(context, id, document);
    return response;
  },
};

/** `POST /open-data/1.0/datasets/{datasetId}/review`: records a catalogue review (former Art. 20.3). */
export const recordReview: OperationDefinition = {
  operationId: 'openData.recordReview',
  group: 'openData',
  method: 'POST',
  path: `${BASE}/{datasetId}/review`,
  handle(context) {
    const id = context.params.datasetId ?? '';
    const entry = requireEntry(context.state.openData.datasets, id, DATASET);
    requireOwner(context, entry);
    checkIfMatch(context.request, entry.etag);
    const review = validateBody('dataset review', datasetReviewSchema, context.json());
    if (review.reviewedOn > today(context)) {
      throw new ProblemError(
        'validation_failed',
        { vi: 'Ngày rà soát không được ở tương lai.', en: 'reviewedOn must not be in the future.' },
        {
          errors: [
            { pointer: '/reviewedOn', path: '$.reviewedOn', code: 'date.future', detail: 'is in the future' },
          ],
        },
      );
    }
    const updated = rewriteDataset(context, id, { catalogueReviewedOn: review.reviewedOn });
    return jsonResponse(projectDataset(updated), { etag: updated.etag });
  },
};

/** `GET /open-data/1.0/datasets/{datasetId}/distributions`. */
export const listDistributions: OperationDefinition = {
  operationId: 'openData.listDistributions',
  group: 'openData',
  method: 'GET',
  path: `${BASE}/{datasetId}/distributions`,
  handle(context) {
    const datasetId = context.params.datasetId ?? '';
    requireEntry(context.state.openData.datasets, datasetId, DATASET);
    return listCatalogue(context, context.state.openData.distributionsOf(datasetId), {
      project: distributionProjector(context, datasetId),
    });
  },
};

/** `GET /open-data/1.0/datasets/{datasetId}/distributions/{distributionId}`. */
export const getDistribution: OperationDefinition = {
  operationId: 'openData.getDistribution',
  group: 'openData',
  method: 'GET',
  path: `${BASE}/{datasetId}/distributions/{distributionId}`,
  handle(context) {
    const { datasetId, entry } = requireDistribution(context);
    return jsonResponse(distributionProjector(context, datasetId)(entry), { etag: entry.etag });
  },
};

/**
 * `PUT /open-data/1.0/datasets/{datasetId}/distributions/{distributionId}`: adds (201) or replaces (200) a
 * distribution (former Art. 21.1). Once a file is uploaded, `byteSize` and `sha256` must be the file's.
 */
export const putDistribution: OperationDefinition = {
  operationId: 'openData.putDistribution',
  group: 'openData',
  method: 'PUT',
  path: `${BASE}/{datasetId}/distributions/{distributionId}`,
  handle(context) {
    const datasetId = context.params.datasetId ?? '';
    const dataset = requireEntry(context.state.openData.datasets, datasetId, DATASET);
    requireOwner(context, dataset);
    const distributionId = context.params.distributionId ?? '';
    const document = validateArtefactBody('distribution', context.json());
    if (document.id !== undefined && document.id !== distributionId) {
      throw new ProblemError(
        'validation_failed',
        { vi: `id phải bằng "${distributionId}".`, en: `id must equal "${distributionId}".` },
        {
          errors: [
            { pointer: '/id', path: '$.id', code: 'id.mismatch', detail: `must equal "${distributionId}"` },
          ],
        },
      );
    }
    const file = context.state.openData.fileOf(datasetId, distributionId);
    if (
      file !== undefined &&
      (document.sha256 !== file.sha256 || document.byteSize !== file.bytes.byteLength)
    ) {
      throw new ProblemError(
        'validation_failed',
        {
          vi: 'sha256 và byteSize phải là của tệp đã tải lên.',
          en: 'sha256 and byteSize must be those of the uploaded file.',
        },
        {
          errors: [
            { pointer: '/sha256', path: '$.sha256', code: 'file.mismatch', detail: `must be ${file.sha256}` },
          ],
        },
      );
    }
    const store = context.state.openData.distributionsOf(datasetId);
    const project = distributionProjector(context, datasetId);
    const response = putCatalogueEntry(
      context,
      store,
      distributionId,
      { ...document, id: distributionId },
      project,
    );
    rewriteDataset(context, datasetId);
    return response;
  },
};

/** The SHA-256 of an RFC 9530 `Content-Digest` header (`sha-256=:<base64>:`), as hex; undefined when absent. */
function digestOf(context: OperationContext): string | undefined {
  const header = context.request.headers.get('content-digest');
  if (header === null) return undefined;
  const match = /^sha-256=:([A-Za-z0-9+/]{43}=):$/.exec(header.trim());
  if (match?.[1] === undefined) {
    throw new ProblemError(
      'invalid_request',
      {
        vi: 'Content-Digest phải có dạng sha-256=:<base64>:.',
        en: 'Content-Digest must look like sha-256=:<base64>:.',
      },
      { errors: [{ header: 'Content-Digest', detail: 'must be sha-256=:<base64>:' }] },
    );
  }
  return Buffer.from(match[1], 'base64').toString('hex');
}

/**
 * `PUT .../distributions/{distributionId}/file`: stores the file, writes its `sha256`, `byteSize`,
 * `downloadUrl` and `modified` into the distribution, and the upload day as the dataset's
 * `dataUpdatedOn` (former Art. 20.3). A file that does not match `Content-Digest` is refused (422).
 */
export const uploadDistribution: OperationDefinition = {
  operationId: 'openData.uploadDistribution',
  group: 'openData',
  method: 'PUT',
  path: `${BASE}/{datasetId}/distributions/{distributionId}/file`,
  handle(context) {
    const { datasetId, store, entry } = requireDistribution(context);
    requireOwner(context, entry);
    checkIfMatch(context.request, entry.etag);
    const sha256 = context.bodySha256();
    const expected = digestOf(context);
    if (expected !== undefined && expected !== sha256) {
      throw new ProblemError(
        'checksum_mismatch',
        {
          vi: 'Tệp nhận được không khớp Content-Digest; không lưu gì. Gửi lại tệp.',
          en: 'The file received does not match Content-Digest; nothing was stored. Send the file again.',
        },
        { errors: [{ header: 'Content-Digest', detail: `the file's SHA-256 is ${sha256}` }] },
      );
    }
    const uploadedAt = new Date(context.clock.now()).toISOString();
    // The body is this request's own copy (read once by the face or from the Request): kept as it is.
    context.state.openData.putFile(datasetId, entry.id, { bytes: context.body, sha256, uploadedAt });
    const day = today(context);
    const downloadUrl = `${context.baseUrl}${BASE}/${encodeURIComponent(datasetId)}/distributions/${encodeURIComponent(entry.id)}/file`;
    const updated = store.update(entry.id, {
      ...entry.value,
      sha256,
      byteSize: context.body.byteLength,
      downloadUrl,
      modified: day,
    });
    rewriteDataset(context, datasetId, { dataUpdatedOn: day, modified: day });
    return jsonResponse(distributionProjector(context, datasetId)(updated), { etag: updated.etag });
  },
};

/** `GET .../distributions/{distributionId}/file`: the stored file with its SHA-256 in `Content-Digest`. */
export const downloadDistribution: OperationDefinition = {
  operationId: 'openData.downloadDistribution',
  group: 'openData',
  method: 'GET',
  path: `${BASE}/{datasetId}/distributions/{distributionId}/file`,
  handle(context) {
    const { datasetId, entry } = requireDistribution(context);
    const file = context.state.openData.fileOf(datasetId, entry.id);
    if (file === undefined) {
      throw new ProblemError('not_found', {
        vi: `Bản phân phối "${entry.id}" chưa có tệp.`,
        en: `Distribution "${entry.id}" has no file yet.`,
      });
    }
    return new Response(file.bytes.slice(), {
      status: 200,
      headers: {
        'content-type': 'application/octet-stream',
        'content-length': String(file.bytes.byteLength),
        'content-digest': `sha-256=:${Buffer.from(file.sha256, 'hex').toString('base64')}:`,
      },
    });
  },
};

/** The operations of the `openData` group. */
export const openDataOperations: readonly OperationDefinition[] = [
  listDatasets,
  getDataset,
  putDataset,
  recordReview,
  listDistributions,
  getDistribution,
  putDistribution,
  uploadDistribution,
  downloadDistribution,
];
