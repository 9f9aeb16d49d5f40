import { createHash, randomUUID } from 'node:crypto';
import type { ServiceDescription } from '@chiase/schema';
import type { AccessGrant } from '../access/access-grant';
import { createMemoryQuotaCounter } from '../access/quota-counter';
import type { Consumer, RequestContext } from '../auth/consumer';
import { ProviderConfigurationError } from '../errors/provider-configuration-error';
import { RequestRejectedError } from '../errors/request-rejected-error';
import type { SharingLogRecord, SharingOutcome } from '../log/sharing-log-record';
import { negotiateFormat } from '../service/content-negotiation';
import { createCursorCodec } from '../service/cursor-codec';
import { readRequestQuery } from '../service/request-query';
import { encodeResult } from '../service/response-body';
import { bindService, type ServedService, type ServiceBinding } from '../service/service-binding';
import { serviceOpenApi } from '../service/service-openapi';
import { matchServiceRoute, type ServiceRoute } from '../service/service-route';
import { plannedDowntimeAt } from './planned-downtime-now';
import { problemAnswer } from './problem-answer';
import {
  answerResponse,
  jsonAnswer,
  type ProviderAnswer,
  type ProviderAnswers,
  registerProviderAnswers,
} from './provider-answer';
import type { ProviderSettings } from './provider-settings';
import { serveOperation } from './serve-operation';

/** A data-sharing provider on the Fetch API; adapters put it behind Node's http server or Express. */
export interface Provider {
  /** Answers a request: a service operation, health, OpenAPI, or 404. */
  fetch(request: Request, context?: RequestContext): Promise<Response>;
  /** Like `fetch`, but undefined for paths the provider does not serve (for middleware chains). */
  handle(request: Request, context?: RequestContext): Promise<Response | undefined>;
  /** The descriptions served, as they stand now. */
  descriptions(): ServiceDescription[];
  /** Replaces the description of a served service (e.g. to add a planned downtime notice). */
  updateDescription(description: ServiceDescription): void;
  /** The OpenAPI document generated for a service, or undefined for an unknown id. */
  openApi(serviceId: string): Record<string, unknown> | undefined;
}

const encoder = new TextEncoder();

interface Refusal {
  status: number;
  code: string;
  headers: Readonly<Record<string, string>>;
  message: { vi: string; en: string };
}

function rejected(
  status: number,
  code: string,
  vi: string,
  en: string,
  headers: Record<string, string> = {},
) {
  return new RequestRejectedError({ status, code, message: { vi, en }, headers });
}

/**
 * Creates a provider that serves each bound service exactly as its description declares, and for
 * every request: authenticates the consumer (agency e-ID), applies its rights — default deny, items
 * not agreed removed (Decree 47/2020 Art. 35.2d, 38.2), row filter, quotas (429 + Retry-After) —
 * honours announced downtime (Art. 43), and records the request in the sharing log before answering
 * (Art. 45.2). If the log cannot be written, no data is shared (503).
 */
export function createProvider(settings: ProviderSettings): Provider {
  const bindings = new Map<string, ServiceBinding>();
  let services: ServedService[] = [];
  const bind = (binding: ServiceBinding) => {
    const served = bindService(binding);
    bindings.set(served.description.id, binding);
    services = [...services.filter((s) => s.description.id !== served.description.id), served];
  };
  for (const binding of settings.services) bind(binding);
  const now = settings.now ?? (() => new Date());
  const quotas = settings.quotaCounter ?? createMemoryQuotaCounter();
  const cursors = createCursorCodec(settings.cursorSecret);
  const wellKnown = (settings.wellKnownPath ?? '/.well-known/chiase').replace(/\/+$/, '');
  const onError = settings.onError ?? ((error: unknown) => console.error('[chiase/provider]', error));

  async function authenticate(request: Request, context: RequestContext): Promise<Consumer | undefined> {
    for (const authenticator of settings.authenticators) {
      const consumer = await authenticator.authenticate(request, context);
      if (consumer !== undefined) return consumer;
    }
    return undefined;
  }

  async function authorise(service: ServedService, consumer: Consumer | undefined, at: Date) {
    if (consumer === undefined) {
      // Decree 47/2020 Art. 40.1: no connection account only where the published rules need none.
      if (service.endpoint.authentication === 'none') {
        return { items: [...service.items.keys()], rowFilter: [], quota: {}, grant: undefined };
      }
      throw rejected(
        401,
        'provider.unauthenticated',
        'Yêu cầu chưa được xác thực: cần tài khoản kết nối (Nghị định 47/2020, Điều 40).',
        'The request is not authenticated: a connection account is needed (Decree 47/2020 Art. 40).',
        { 'WWW-Authenticate': 'Bearer' },
      );
    }
    const grant: AccessGrant | undefined = await settings.accessRights.find(
      consumer.id,
      service.description.id,
    );
    if (
      grant === undefined ||
      (grant.validUntil !== undefined && grant.validUntil.getTime() <= at.getTime())
    ) {
      throw rejected(
        403,
        'provider.access_denied',
        `Cơ quan ${consumer.id} chưa được cấp quyền khai thác dịch vụ ${service.description.id} (hoặc quyền đã hết hạn).`,
        `Agency ${consumer.id} has no (or no longer a) right to use service ${service.description.id}.`,
      );
    }
    const items = grant.items.filter((item) => service.items.has(item));
    const rowFilter = Object.entries(grant.rowFilter ?? {}).map(([field, value]) => ({ field, value }));
    // Decree 47/2020 Art. 23.4: the published daily capacity applies when the grant sets no daily limit.
    const perDay = grant.quota?.perDay ?? service.description.capacity.requestsPerDay;
    const quota = { ...grant.quota, ...(perDay === undefined ? {} : { perDay }) };
    return { items, rowFilter, quota, grant };
  }

  async function serve(
    route: ServiceRoute,
    request: Request,
    context: RequestContext,
  ): Promise<ProviderAnswer> {
    const { service } = route;
    const url = new URL(request.url);
    const requestedAt = now();
    const requestId = request.headers.get('x-request-id') ?? randomUUID();
    const parameters: Record<string, string> = Object.fromEntries(url.searchParams);
    if (route.operation === 'get') parameters[service.key.code] = route.key;
    const entry: SharingLogRecord = {
      requestedAt,
      providedAt: null,
      form: 'online',
      consumerId: null,
      serviceId: service.description.id,
      operation: `${request.method} ${url.pathname}`,
      parameters,
      purpose: null,
      requestId,
      httpStatus: 0,
      outcome: 'failed',
      recordCount: null,
      itemCodes: null,
      dataSha256: null,
    };
    const logged = async (answer: ProviderAnswer, outcome: SharingOutcome): Promise<ProviderAnswer> => {
      try {
        await settings.sharingLog.append({ ...entry, httpStatus: answer.status, outcome });
      } catch (error) {
        onError(error);
        return problemAnswer({
          status: 503,
          code: 'provider.log_unavailable',
          message: {
            vi: 'Không ghi được nhật ký chia sẻ dữ liệu nên chưa thể cung cấp dữ liệu (Nghị định 47/2020, Điều 45); hãy thử lại sau.',
            en: 'The sharing log cannot be written, so no data is provided (Decree 47/2020 Art. 45); try again later.',
          },
          headers: { 'Retry-After': '30' },
          requestId,
        });
      }
      answer.headers['x-request-id'] = requestId;
      return answer;
    };
    try {
      if (request.method !== 'GET') {
        throw rejected(
          405,
          'provider.method_not_allowed',
          'Chỉ hỗ trợ phương thức GET.',
          'Only GET is supported.',
          {
            Allow: 'GET',
          },
        );
      }
      const downtime = plannedDowntimeAt(service.description, requestedAt);
      if (downtime !== undefined) {
        const seconds = Math.max(
          1,
          Math.ceil((Date.parse(downtime.expectedRestorationAt) - requestedAt.getTime()) / 1000),
        );
        throw rejected(
          503,
          'provider.planned_downtime',
          `Dịch vụ tạm ngừng theo thông báo (Nghị định 47/2020, Điều 43), dự kiến phục hồi lúc ${downtime.expectedRestorationAt}.`,
          `The service is suspended as announced (Decree 47/2020 Art. 43); expected back at ${downtime.expectedRestorationAt}.`,
          { 'Retry-After': String(seconds) },
        );
      }
      const consumer = await authenticate(request, context);
      entry.consumerId = consumer?.id ?? null;
      const access = await authorise(service, consumer, requestedAt);
      entry.purpose = access.grant?.purpose ?? null;
      const decision = quotas.take(
        `${consumer?.id ?? ''}\u0000${service.description.id}`,
        access.quota,
        requestedAt,
      );
      if (!decision.allowed) {
        const window = decision.window === 'minute' ? ['phút', 'minute'] : ['ngày', 'day'];
        throw rejected(
          429,
          'provider.quota_exceeded',
          `Đã dùng hết hạn mức ${decision.limit} yêu cầu mỗi ${window[0]}; hãy thử lại sau ${decision.retryAfterSeconds} giây.`,
          `The quota of ${decision.limit} requests per ${window[1]} is used up; retry after ${decision.retryAfterSeconds} s.`,
          { 'Retry-After': String(decision.retryAfterSeconds) },
        );
      }
      const format = negotiateFormat(request.headers.get('accept'), service.endpoint.formats);
      if (format === undefined) {
        throw rejected(
          406,
          'provider.format_not_declared',
          `Dịch vụ chỉ trả về định dạng ${service.endpoint.formats.join(', ')}.`,
          `The service answers only in ${service.endpoint.formats.join(', ')}.`,
        );
      }
      const granted = new Set(access.items);
      const query = readRequestQuery(service, url.searchParams, granted, route.operation === 'list');
      const result = await serveOperation(
        route,
        { query, rowFilter: access.rowFilter, items: access.items, signal: context.signal ?? request.signal },
        cursors,
      );
      const { body, contentType } = encodeResult(result, format);
      const bytes = encoder.encode(body);
      const digest = createHash('sha256').update(bytes);
      entry.providedAt = now();
      entry.recordCount = result.kind === 'list' ? result.records.length : result.kind === 'record' ? 1 : 0;
      entry.itemCodes = result.kind === 'count' ? [] : access.items;
      entry.dataSha256 = digest.copy().digest('hex');
      const answer: ProviderAnswer = {
        status: 200,
        headers: {
          'content-type': contentType,
          // RFC 9530: the consumer can prove which bytes it received, matching the log's hash.
          'repr-digest': `sha-256=:${digest.digest('base64')}:`,
          'cache-control': 'no-store',
        },
        body: bytes,
      };
      return logged(answer, 'fulfilled');
    } catch (error) {
      const refusal: Refusal = RequestRejectedError.isInstance(error)
        ? { status: error.status, code: error.code, headers: error.headers, message: error.localized }
        : {
            status: 500,
            code: 'provider.internal_error',
            headers: {},
            message: {
              vi: 'Hệ thống cung cấp dữ liệu gặp lỗi khi xử lý yêu cầu; hãy báo cho đầu mối của dịch vụ, kèm mã yêu cầu.',
              en: "The provider failed to process the request; tell the service's focal point, quoting the request id.",
            },
          };
      if (refusal.status >= 500 && refusal.code === 'provider.internal_error') onError(error);
      const answer = problemAnswer({ ...refusal, requestId });
      // A lookup that finds nothing is a request met with no record, not a refusal.
      const outcome: SharingOutcome =
        refusal.status === 404 ? 'fulfilled' : refusal.status >= 500 ? 'failed' : 'refused';
      if (refusal.status === 404) {
        entry.providedAt = now();
        entry.recordCount = 0;
      }
      return logged(answer, outcome);
    }
  }

  function health(): ProviderAnswer {
    const at = now();
    const list = services.map((s) => {
      const downtime = plannedDowntimeAt(s.description, at);
      return downtime === undefined
        ? { id: s.description.id, status: 'available' }
        : {
            id: s.description.id,
            status: 'planned-downtime',
            expectedRestorationAt: downtime.expectedRestorationAt,
          };
    });
    return jsonAnswer({ status: 'ok', time: at.toISOString(), services: list });
  }

  const answers: ProviderAnswers = {
    async handle(request, context) {
      const url = new URL(request.url);
      if (url.pathname === `${wellKnown}/health`) return health();
      const openApiPrefix = `${wellKnown}/openapi/`;
      if (url.pathname.startsWith(openApiPrefix)) {
        const document = provider.openApi(decodeURIComponent(url.pathname.slice(openApiPrefix.length)));
        return document === undefined
          ? problemAnswer({
              status: 404,
              code: 'provider.unknown_service',
              message: { vi: 'Không có dịch vụ này.', en: 'No such service.' },
            })
          : jsonAnswer(document);
      }
      const route = matchServiceRoute(services, url.pathname);
      return route === undefined ? undefined : serve(route, request, context);
    },
    async fetch(request, context) {
      return (
        (await answers.handle(request, context)) ??
        problemAnswer({
          status: 404,
          code: 'provider.not_found',
          message: { vi: 'Không có tài nguyên này.', en: 'No such resource.' },
        })
      );
    },
  };

  const provider: Provider = {
    async handle(request, context = {}) {
      const answer = await answers.handle(request, context);
      return answer === undefined ? undefined : answerResponse(answer);
    },
    async fetch(request, context = {}) {
      return answerResponse(await answers.fetch(request, context));
    },
    descriptions() {
      return services.map((s) => s.description);
    },
    updateDescription(description) {
      const binding = bindings.get(description.id);
      if (binding === undefined) {
        throw new ProviderConfigurationError('provider.unknown_service', {
          vi: `Không phục vụ dịch vụ ${description.id}.`,
          en: `No served service ${description.id}.`,
        });
      }
      bind({ ...binding, description });
    },
    openApi(serviceId) {
      const service = services.find((s) => s.description.id === serviceId);
      return service === undefined ? undefined : serviceOpenApi(service);
    },
  };
  registerProviderAnswers(provider, answers);
  return provider;
}
