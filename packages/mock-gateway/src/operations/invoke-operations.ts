import { ProblemError } from '../errors/problem-error';
import type { OperationContext, OperationDefinition } from '../gateway/operation';
import type { StoredDocument } from '../state/gateway-state';
import { requireEntry } from './catalogue-listing';

const SERVICE = { vi: 'dịch vụ', en: 'service' };
/** Default time `invoke.call` waits for a provider. */
const DEFAULT_PROVIDER_TIMEOUT_MS = 10_000;

interface Endpoint {
  readonly path: string;
  readonly method: string;
  readonly protocol?: string;
}

/** True when `path` fills in the `{parameters}` of `template`, one path segment each (no `.` or `..`). */
function fillsTemplate(template: string, path: string): boolean {
  if (!template.includes('{')) return false;
  const wanted = path.split('/');
  const parts = template.split('/');
  return (
    wanted.length === parts.length &&
    parts.every((part, i) => {
      const segment = wanted[i] ?? '';
      if (!/^\{[^{}/]+\}$/.test(part)) return part === segment;
      return segment !== '' && segment !== '.' && segment !== '..';
    })
  );
}

/**
 * The operation of the service to call: the `operation` parameter (a declared path, or a concrete path
 * filling a templated one such as `/xa/{maXa}`), or the only operation the service has.
 */
function chooseEndpoint(context: OperationContext, service: StoredDocument): Endpoint {
  const endpoints = (service.endpoints as Endpoint[] | undefined) ?? [];
  const wanted = context.query.get('operation');
  const templated = wanted === null ? undefined : endpoints.find((e) => fillsTemplate(e.path, wanted));
  const found =
    wanted === null
      ? endpoints.length === 1
        ? endpoints[0]
        : undefined
      : (endpoints.find((e) => e.path === wanted) ??
        (templated === undefined ? undefined : { ...templated, path: wanted }));
  if (found === undefined) {
    const paths = endpoints.map((e) => e.path).join(', ');
    throw new ProblemError(
      'invalid_request',
      wanted === null
        ? {
            vi: `Dịch vụ có nhiều thao tác; chọn một bằng tham số operation (${paths}).`,
            en: `The service has several operations; pick one with the operation parameter (${paths}).`,
          }
        : {
            vi: `Dịch vụ không có thao tác "${wanted}" (có: ${paths}).`,
            en: `The service has no operation "${wanted}" (it has: ${paths}).`,
          },
      { errors: [{ parameter: 'operation', detail: `one of: ${paths}` }] },
    );
  }
  return found;
}

/**
 * Whether the caller may use the service: open services (Decree 47/2020 Art. 23.4) for everyone; others
 * need an accepted connection request (Art. 35, 40) of the caller's agency or connection account.
 */
function mayCall(context: OperationContext, serviceId: string, service: StoredDocument): boolean {
  if (service.sharingForm === 'open') return true;
  const consumer = context.consumer;
  if (consumer === undefined) return false;
  for (const record of context.state.connectionRequests.values()) {
    if (record.decision?.outcome !== 'accepted') continue;
    const account = record.decision.account as { accountId?: string; services?: string[] } | undefined;
    const forService =
      (record.request.service as { id?: string } | undefined)?.id === serviceId ||
      account?.services?.includes(serviceId);
    const requester = (record.request.requester as { id?: string } | undefined)?.id;
    const isCaller =
      account?.accountId === consumer.key ||
      (consumer.agencyId !== undefined && requester === consumer.agencyId);
    if (forService && isCaller) return true;
  }
  return false;
}

/**
 * The relayed request: the provider's own path, query and body (a GET takes a JSON object body as
 * query), the request id, and the caller as a signed assertion when its account names an agency.
 */
function relayedRequest(
  context: OperationContext,
  serviceId: string,
  endpoint: Endpoint,
  signal: AbortSignal,
): Request {
  const url = new URL(endpoint.path, context.baseUrl.replace(/\/?$/, '/'));
  url.pathname = endpoint.path;
  const headers = new Headers();
  const contentType = context.request.headers.get('content-type');
  const accept = context.request.headers.get('accept');
  if (accept !== null) headers.set('accept', accept);
  headers.set('x-request-id', context.requestId);
  const consumer = context.consumer;
  if (consumer?.agencyId !== undefined) {
    headers.set('x-consumer-agency-id', consumer.agencyId);
    // The caller, signed for the provider (spec `auth.keys`); its access token is not forwarded.
    headers.set(
      'x-jwt-assertion',
      context.state.settings.assertionSigner.sign({
        issuer: context.baseUrl,
        serviceId,
        agencyId: consumer.agencyId,
        clientId: consumer.key,
        requestId: context.requestId,
        now: context.clock.now(),
      }),
    );
  }
  if (endpoint.method === 'GET' || endpoint.method === 'DELETE') {
    if (context.body.byteLength > 0) {
      const parameters = context.json();
      if (parameters !== null && typeof parameters === 'object' && !Array.isArray(parameters)) {
        for (const [name, value] of Object.entries(parameters)) url.searchParams.set(name, String(value));
      }
    }
    return new Request(url, { method: endpoint.method, headers, signal });
  }
  if (contentType !== null) headers.set('content-type', contentType);
  return new Request(url, { method: endpoint.method, headers, body: context.body.slice(), signal });
}

/**
 * `POST /invoke/1.0/services/{serviceId}`: relays the call to the provider system behind the service
 * (Decree 47/2020 Art. 24.1, 46) and its answer back; 403 without an accepted connection, 502 when the
 * provider fails or none is reachable, 504 when it does not answer in time.
 */
export const callService: OperationDefinition = {
  operationId: 'invoke.call',
  group: 'invoke',
  method: 'POST',
  path: '/invoke/1.0/services/{serviceId}',
  async handle(context) {
    const serviceId = context.params.serviceId ?? '';
    const entry = requireEntry(context.state.services, serviceId, SERVICE);
    const service = entry.value;
    if (service.status === 'withdrawn' || context.state.serviceWithdrawals.has(serviceId)) {
      throw new ProblemError('not_found', {
        vi: `Dịch vụ "${serviceId}" đã ngừng.`,
        en: `Service "${serviceId}" was withdrawn.`,
      });
    }
    if (!mayCall(context, serviceId, service)) {
      throw new ProblemError('forbidden', {
        vi: `Chưa có yêu cầu kết nối được chấp nhận tới dịch vụ "${serviceId}" (Nghị định 47/2020 Điều 35, 40).`,
        en: `No accepted connection request for service "${serviceId}" (Decree 47/2020 Art. 35, 40).`,
      });
    }
    const endpoint = chooseEndpoint(context, service);
    const provider = context.state.providers.get(serviceId);
    if (provider === undefined) {
      throw new ProblemError('provider_error', {
        vi: `Không kết nối được hệ thống cung cấp của dịch vụ "${serviceId}".`,
        en: `The provider system of service "${serviceId}" cannot be reached.`,
      });
    }
    const timeoutMs = context.state.settings.providerTimeoutMs ?? DEFAULT_PROVIDER_TIMEOUT_MS;
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => {
        resolve('timeout');
        controller.abort();
      }, timeoutMs);
    });
    try {
      const answer = await Promise.race([
        Promise.resolve(
          provider(relayedRequest(context, serviceId, endpoint, controller.signal), controller.signal),
        ),
        timeout,
      ]);
      if (answer === 'timeout') {
        throw new ProblemError('provider_timeout', {
          vi: `Hệ thống cung cấp không trả lời trong ${timeoutMs} ms.`,
          en: `The provider system did not answer within ${timeoutMs} ms.`,
        });
      }
      if (answer.status >= 500) {
        throw new ProblemError('provider_error', {
          vi: `Hệ thống cung cấp trả lỗi ${answer.status}.`,
          en: `The provider system answered ${answer.status}.`,
        });
      }
      // The provider's own answer headers that mean something to the caller pass through.
      const headers = new Headers();
      for (const name of ['content-type', 'retry-after', 'repr-digest']) {
        const value = answer.headers.get(name);
        if (value !== null) headers.set(name, value);
      }
      return new Response(await answer.arrayBuffer(), { status: answer.status, headers });
    } catch (error) {
      if (error instanceof ProblemError) throw error;
      throw new ProblemError('provider_error', {
        vi: `Gọi hệ thống cung cấp thất bại: ${error instanceof Error ? error.message : String(error)}.`,
        en: `Calling the provider system failed: ${error instanceof Error ? error.message : String(error)}.`,
      });
    } finally {
      clearTimeout(timer);
    }
  },
};

/** The operations of the `invoke` group. */
export const invokeOperations: readonly OperationDefinition[] = [callService];
