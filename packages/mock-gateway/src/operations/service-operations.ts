import * as z from 'zod';
import { checkIfMatch } from '../conventions/entity-tag';
import { ProblemError } from '../errors/problem-error';
import type { OperationContext, OperationDefinition } from '../gateway/operation';
import { jsonResponse } from '../http/json-response';
import type { CatalogueEntry } from '../state/catalogue-store';
import type { StoredDocument } from '../state/gateway-state';
import { validateArtefactBody, validateBody } from '../validation/validate-body';
import { listCatalogue, requireEntry, requireOwner } from './catalogue-listing';
import { putCatalogueEntry } from './catalogue-put';

const BASE = '/catalog/1.0/services';
const SERVICE = { vi: 'dịch vụ', en: 'service' };

/** `ServiceEntry` of the spec, plus `withdrawal` (why and when) once the service is withdrawn. */
function projector(context: OperationContext): (entry: CatalogueEntry<StoredDocument>) => unknown {
  return (entry) => {
    const withdrawal = context.state.serviceWithdrawals.get(entry.id);
    return {
      id: entry.id,
      etag: entry.etag,
      registeredAt: entry.registeredAt,
      updatedAt: entry.updatedAt,
      service: entry.value,
      ...(withdrawal === undefined ? {} : { withdrawal }),
    };
  };
}

function entryResponse(
  entry: CatalogueEntry<StoredDocument>,
  context: OperationContext,
  status = 200,
  location?: string,
): Response {
  return jsonResponse(projector(context)(entry), {
    status,
    etag: entry.etag,
    ...(location === undefined ? {} : { headers: { location } }),
  });
}

function readDescription(context: OperationContext): StoredDocument {
  return validateArtefactBody('service-description', context.json());
}

/** `ServiceWithdrawal` of the spec. */
const serviceWithdrawalSchema = z.strictObject({
  reason: z.string().min(1).max(2000),
  effectiveAt: z.iso.datetime({ offset: true }).optional(),
});

/** `GET /catalog/1.0/services` (Decree 47/2020 Art. 26.2c, 26.3). */
export const listServices: OperationDefinition = {
  operationId: 'services.list',
  group: 'services',
  method: 'GET',
  path: BASE,
  handle(context) {
    const status = context.query.get('status');
    const form = context.query.get('sharingForm');
    const me = context.consumer?.key;
    return listCatalogue(context, context.state.services, {
      project: projector(context),
      filter: (e) =>
        // Published services of every provider; drafts and withdrawn services only to their owner.
        (e.value.status === 'published' || e.owner === me) &&
        (status === null || e.value.status === status) &&
        (form === null || e.value.sharingForm === form),
    });
  },
};

/** `GET /catalog/1.0/services/{serviceId}` (Decree 47/2020 Art. 24.3, 26.3). */
export const getService: OperationDefinition = {
  operationId: 'services.get',
  group: 'services',
  method: 'GET',
  path: `${BASE}/{serviceId}`,
  handle(context) {
    const entry = requireEntry(context.state.services, context.params.serviceId ?? '', SERVICE);
    if (entry.value.status !== 'published' && entry.owner !== context.consumer?.key) {
      throw new ProblemError('not_found', {
        vi: `Không có dịch vụ "${entry.id}".`,
        en: `No service "${entry.id}".`,
      });
    }
    return entryResponse(entry, context);
  },
};

/**
 * `PUT /catalog/1.0/services/{serviceId}`: registers a description (201) or replaces it (200)
 * (Decree 47/2020 Art. 24.3, 25.1–25.3). The body's `id` must equal `serviceId`.
 */
export const putService: OperationDefinition = {
  operationId: 'services.put',
  group: 'services',
  method: 'PUT',
  path: `${BASE}/{serviceId}`,
  handle(context) {
    const serviceId = context.params.serviceId ?? '';
    // The description's id is a ServiceIdentifier (@chiase/schema), the same form as the spec's ResourceId.
    const description = readDescription(context);
    return putCatalogueEntry(context, context.state.services, serviceId, description, projector(context));
  },
};

/** `POST /catalog/1.0/services/{serviceId}/withdrawal` (Decree 47/2020 Art. 25.2, 44.1). */
export const withdrawService: OperationDefinition = {
  operationId: 'services.withdraw',
  group: 'services',
  method: 'POST',
  path: `${BASE}/{serviceId}/withdrawal`,
  handle(context) {
    const serviceId = context.params.serviceId ?? '';
    const entry = requireEntry(context.state.services, serviceId, SERVICE);
    requireOwner(context, entry);
    checkIfMatch(context.request, entry.etag);
    const withdrawal = validateBody('service withdrawal', serviceWithdrawalSchema, context.json());
    if (entry.value.status === 'withdrawn') {
      throw new ProblemError('conflict', {
        vi: `Dịch vụ "${serviceId}" đã bị thu hồi.`,
        en: `Service "${serviceId}" is already withdrawn.`,
      });
    }
    const now = new Date(context.clock.now()).toISOString();
    const updated = context.state.services.update(serviceId, {
      ...entry.value,
      status: 'withdrawn',
      updatedAt: now,
    });
    context.state.serviceWithdrawals.set(serviceId, {
      reason: withdrawal.reason,
      effectiveAt: withdrawal.effectiveAt ?? now,
    });
    return entryResponse(updated, context);
  },
};

/** The operations of the `services` group. */
export const serviceOperations: readonly OperationDefinition[] = [
  listServices,
  getService,
  putService,
  withdrawService,
];
