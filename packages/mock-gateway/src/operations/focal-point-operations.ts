import { ProblemError } from '../errors/problem-error';
import type { OperationContext, OperationDefinition } from '../gateway/operation';
import { jsonResponse } from '../http/json-response';
import type { CatalogueEntry } from '../state/catalogue-store';
import type { StoredDocument } from '../state/gateway-state';
import { validateArtefactBody } from '../validation/validate-body';
import { listCatalogue, requireEntry } from './catalogue-listing';
import { putCatalogueEntry } from './catalogue-put';

const BASE = '/focal-points/1.0/focal-points';
const FOCAL_POINT = { vi: 'đầu mối', en: 'focal point' };

/** `FocalPointEntry` of the spec. */
function project(entry: CatalogueEntry<StoredDocument>): unknown {
  return {
    agencyId: entry.id,
    etag: entry.etag,
    registeredAt: entry.registeredAt,
    updatedAt: entry.updatedAt,
    focalPoint: entry.value,
  };
}

function agencyOf(document: StoredDocument): string | undefined {
  const agency = document.agency as { id?: unknown } | undefined;
  return typeof agency?.id === 'string' ? agency.id : undefined;
}

/** `GET /focal-points/1.0/focal-points` (Decree 47/2020 Art. 7.2). */
export const listFocalPoints: OperationDefinition = {
  operationId: 'focalPoints.list',
  group: 'focalPoints',
  method: 'GET',
  path: BASE,
  handle: (context) => listCatalogue(context, context.state.focalPoints, { project }),
};

/** `GET /focal-points/1.0/focal-points/{agencyId}` (Decree 47/2020 Art. 7.1–7.2). */
export const getFocalPoint: OperationDefinition = {
  operationId: 'focalPoints.get',
  group: 'focalPoints',
  method: 'GET',
  path: `${BASE}/{agencyId}`,
  handle(context) {
    const entry = requireEntry(context.state.focalPoints, context.params.agencyId ?? '', FOCAL_POINT);
    return jsonResponse(project(entry), { etag: entry.etag });
  },
};

/**
 * `PUT /focal-points/1.0/focal-points/{agencyId}`: designates (201) or replaces (200) an agency's focal
 * point (Decree 47/2020 Art. 7.1–7.2, Mẫu 01). Only the agency itself may, and `agency.id` must equal
 * the path's `agencyId`.
 */
export const putFocalPoint: OperationDefinition = {
  operationId: 'focalPoints.put',
  group: 'focalPoints',
  method: 'PUT',
  path: `${BASE}/{agencyId}`,
  handle(context: OperationContext) {
    const agencyId = context.params.agencyId ?? '';
    const document = validateArtefactBody('focal-point', context.json());
    if (agencyOf(document) !== agencyId) {
      throw new ProblemError(
        'validation_failed',
        {
          vi: `Mã định danh cơ quan (agency.id) phải bằng "${agencyId}" của đường dẫn.`,
          en: `The body's agency.id must equal "${agencyId}" from the path.`,
        },
        {
          errors: [
            {
              pointer: '/agency/id',
              path: '$.agency.id',
              code: 'id.mismatch',
              detail: `must equal "${agencyId}"`,
            },
          ],
        },
      );
    }
    const own = context.consumer?.agencyId;
    if (own !== undefined && own !== agencyId) {
      throw new ProblemError('forbidden', {
        vi: `Tài khoản kết nối thuộc cơ quan ${own}; chỉ cơ quan ${agencyId} được cử đầu mối của mình.`,
        en: `This connection account acts for agency ${own}; only agency ${agencyId} may designate its focal point.`,
      });
    }
    // The catalogue helper compares the body's `id` with the path: the focal point's key is its agency.
    return putCatalogueEntry(context, context.state.focalPoints, agencyId, document, project, agencyOf);
  },
};

/** The operations of the `focalPoints` group. */
export const focalPointOperations: readonly OperationDefinition[] = [
  listFocalPoints,
  getFocalPoint,
  putFocalPoint,
];
