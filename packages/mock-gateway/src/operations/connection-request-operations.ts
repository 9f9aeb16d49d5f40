import { legalDeadline } from '@chiase/schema';
import { paginate } from '../conventions/cursor-page';
import { ProblemError } from '../errors/problem-error';
import type { OperationContext, OperationDefinition } from '../gateway/operation';
import { jsonResponse } from '../http/json-response';
import type { ConnectionRequestRecord } from '../state/connection-request-record';
import type { StoredDocument } from '../state/gateway-state';
import { validateArtefactBody } from '../validation/validate-body';
import { agencyIdOf } from './catalogue-listing';

const BASE = '/connection-requests/1.0/requests';
const STATUSES = ['pending', 'accepted', 'refused'] as const;

/** `ConnectionRequestEntry` of the spec. */
function project(record: ConnectionRequestRecord): unknown {
  const outcome = record.decision?.outcome;
  return {
    id: record.id,
    status: outcome === 'accepted' || outcome === 'refused' ? outcome : 'pending',
    providerAgencyId: record.providerAgencyId,
    deadline: record.deadline,
    decidedLate: record.decidedLate,
    request: record.request,
    decision: record.decision,
  };
}

function statusOf(record: ConnectionRequestRecord): string {
  return (project(record) as { status: string }).status;
}

function requireRecord(context: OperationContext): ConnectionRequestRecord {
  const id = context.params.connectionRequestId ?? '';
  const record = context.state.connectionRequests.get(id);
  if (record === undefined) {
    throw new ProblemError('not_found', {
      vi: `Không có yêu cầu kết nối "${id}".`,
      en: `No connection request "${id}".`,
    });
  }
  return record;
}

/** The day (UTC+7) of an instant, `YYYY-MM-DD`. */
function vietnamDay(ms: number): string {
  return new Date(ms + 7 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * `GET /connection-requests/1.0/requests`: requests the caller sent and requests to its services, oldest
 * deadline first, filtered by `status`, `providerAgencyId`, `requesterAgencyId`, `serviceId`.
 */
export const listConnectionRequests: OperationDefinition = {
  operationId: 'connectionRequests.list',
  group: 'connectionRequests',
  method: 'GET',
  path: BASE,
  handle(context) {
    const { query } = context;
    const status = query.get('status');
    if (status !== null && !(STATUSES as readonly string[]).includes(status)) {
      throw new ProblemError(
        'invalid_request',
        {
          vi: 'Tham số status phải là pending, accepted hoặc refused.',
          en: 'status must be pending, accepted or refused.',
        },
        { errors: [{ parameter: 'status', detail: 'must be pending, accepted or refused' }] },
      );
    }
    const filters: Array<[string, (r: ConnectionRequestRecord) => unknown]> = [
      ['providerAgencyId', (r) => r.providerAgencyId],
      ['requesterAgencyId', (r) => (r.request.requester as { id?: unknown } | undefined)?.id],
      ['serviceId', (r) => (r.request.service as { id?: unknown } | undefined)?.id],
    ];
    const key = context.consumer?.key;
    const own = context.consumer?.agencyId;
    const records = [...context.state.connectionRequests.values()]
      .filter(
        (r) => key === undefined || r.sender === key || (own !== undefined && r.providerAgencyId === own),
      )
      .filter((r) => status === null || statusOf(r) === status)
      .filter((r) => filters.every(([name, get]) => query.get(name) === null || get(r) === query.get(name)))
      .sort((a, b) =>
        a.deadline === b.deadline ? (a.id < b.id ? -1 : 1) : a.deadline < b.deadline ? -1 : 1,
      );
    const page = paginate(records, query, {
      keyOf: (r) => `${r.deadline}\u0000${r.id}`,
      scope: context.url.pathname,
    });
    return jsonResponse({ items: page.items.map(project), nextCursor: page.nextCursor });
  },
};

/**
 * `POST /connection-requests/1.0/requests` (Decree 47/2020 Art. 35.1–35.2): records the request for a
 * service of the catalogue, sets `receivedAt` and the provider's answer deadline (Art. 35.3: 5 working
 * days, 2 for requests received from 2025-08-19, per `legalDeadline('connection-account')`).
 */
export const createConnectionRequest: OperationDefinition = {
  operationId: 'connectionRequests.create',
  group: 'connectionRequests',
  method: 'POST',
  path: BASE,
  handle(context) {
    const body = validateArtefactBody('connection-request', context.json());
    const id = body.id as string;
    if (context.state.connectionRequests.has(id)) {
      throw new ProblemError('conflict', {
        vi: `Đã có yêu cầu kết nối "${id}"; đặt mã khác.`,
        en: `Connection request "${id}" exists already; choose another id.`,
      });
    }
    const serviceId = (body.service as { id: string }).id;
    const service = context.state.services.get(serviceId);
    const providerAgencyId = service === undefined ? undefined : agencyIdOf(service.value);
    if (providerAgencyId === undefined) {
      throw new ProblemError(
        'validation_failed',
        {
          vi: `Dịch vụ "${serviceId}" không có trong danh mục dịch vụ chia sẻ dữ liệu.`,
          en: `Service "${serviceId}" is not in the data-sharing services catalogue.`,
        },
        {
          errors: [
            {
              pointer: '/service/id',
              path: '$.service.id',
              code: 'service.unknown',
              detail: 'not in the catalogue',
            },
          ],
        },
      );
    }
    const now = context.clock.now();
    const receivedAt = new Date(now).toISOString();
    const deadline = legalDeadline('connection-account', vietnamDay(now)).dueDate;
    const record: ConnectionRequestRecord = {
      id,
      sender: context.consumer?.key ?? '',
      providerAgencyId,
      receivedAt,
      deadline,
      request: { ...body, receivedAt },
      decision: null,
      decidedLate: false,
    };
    context.state.connectionRequests.set(id, record);
    return jsonResponse(project(record), {
      status: 201,
      headers: { location: `${context.baseUrl}${BASE}/${encodeURIComponent(id)}` },
    });
  },
};

/** `GET /connection-requests/1.0/requests/{connectionRequestId}`. */
export const getConnectionRequest: OperationDefinition = {
  operationId: 'connectionRequests.get',
  group: 'connectionRequests',
  method: 'GET',
  path: `${BASE}/{connectionRequestId}`,
  handle: (context) => jsonResponse(project(requireRecord(context))),
};

/**
 * `POST /connection-requests/1.0/requests/{connectionRequestId}/decision` (Decree 47/2020 Art. 35.3,
 * 40): the providing agency's one answer; a second gets 409 `already_decided`; a late one is recorded
 * as late.
 */
export const decideConnectionRequest: OperationDefinition = {
  operationId: 'connectionRequests.decide',
  group: 'connectionRequests',
  method: 'POST',
  path: `${BASE}/{connectionRequestId}/decision`,
  handle(context) {
    const record = requireRecord(context);
    const own = context.consumer?.agencyId;
    if (own !== undefined && own !== record.providerAgencyId) {
      throw new ProblemError('forbidden', {
        vi: `Chỉ cơ quan cung cấp dịch vụ (${record.providerAgencyId}) được trả lời yêu cầu này.`,
        en: `Only the providing agency (${record.providerAgencyId}) may answer this request.`,
      });
    }
    if (record.decision !== null) {
      throw new ProblemError('already_decided', {
        vi: `Yêu cầu "${record.id}" đã được trả lời.`,
        en: `Request "${record.id}" has been answered already.`,
      });
    }
    const decision: StoredDocument = validateArtefactBody('connection-decision', context.json());
    if (decision.requestId !== record.id) {
      throw new ProblemError(
        'validation_failed',
        { vi: `requestId phải bằng "${record.id}".`, en: `requestId must equal "${record.id}".` },
        {
          errors: [
            {
              pointer: '/requestId',
              path: '$.requestId',
              code: 'id.mismatch',
              detail: `must equal "${record.id}"`,
            },
          ],
        },
      );
    }
    record.decision = decision;
    record.decidedLate = vietnamDay(context.clock.now()) > record.deadline;
    return jsonResponse(project(record));
  },
};

/** The operations of the `connectionRequests` group. */
export const connectionRequestOperations: readonly OperationDefinition[] = [
  listConnectionRequests,
  createConnectionRequest,
  getConnectionRequest,
  decideConnectionRequest,
];
