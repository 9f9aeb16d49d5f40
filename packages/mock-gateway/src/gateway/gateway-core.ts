import { createHash } from 'node:crypto';
import { createAssertionSigner } from '../auth/assertion-signer';
import { parseBearerToken } from '../auth/basic-credentials';
import { type ConsumerSettings, DEFAULT_CONSUMER, isPermitted } from '../auth/consumer-settings';
import { type Clock, systemClock } from '../clock/clock';
import { IdempotencyStore, requestFingerprint, type StoredResponse } from '../conventions/idempotency-store';
import { RateLimiter } from '../conventions/rate-limiter';
import { RequestLog, redactQuery } from '../conventions/request-log';
import { ProblemError } from '../errors/problem-error';
import { MockGatewaySettingsError } from '../errors/settings-error';
import { FaultPlanner } from '../faults/fault-planner';
import type { FaultKind } from '../faults/fault-settings';
import { isHttpMethod, WRITE_METHODS } from '../http/http-method';
import { makeProblem, problemResponse } from '../http/problem';
import { REQUEST_ID_HEADER, requestIdOf } from '../http/request-id';
import { Router } from '../http/router';
import { createConsoleLogger } from '../logging/logger';
import { GatewayState } from '../state/gateway-state';
import { providerHandlersOf } from '../state/upstream-provider';
import { bodyTooLargeError, DEFAULT_MAX_BODY_BYTES, MAX_BODY_BYTES_CEILING } from './body-size-limit';
import type { MockGatewayOptions } from './mock-gateway-options';
import type { OperationContext, OperationDefinition } from './operation';
import { checkPathParameters } from './path-parameter-rules';
import { readJsonBody } from './read-json-body';
import { truncateResponse } from './truncate-response';

/** The default base URL of the msw face. */
export const DEFAULT_BASE_URL = 'https://gateway.test';

/**
 * A request body a face has read already, with its SHA-256 (hex); or, when it is over `maxBodyBytes`,
 * only that (with its announced size, if any), its bytes not kept.
 */
export type PrereadBody =
  | {
      /** The bytes, owned by the gateway from now on. */
      readonly bytes: Uint8Array;
      /** SHA-256 of `bytes`, as 64 lower-case hex digits. */
      readonly sha256: string;
    }
  | { readonly tooLarge: true; readonly size: number | undefined };

/** The transport-independent gateway: one `handle()` over in-memory state. Both faces wrap it. */
export interface GatewayCore {
  /**
   * Answers one request. A simulated connection reset answers `Response.error()` (a network error,
   * `type === 'error'`); each face turns it into its own kind of reset. `body` is the request's
   * body when the face has read it already (the Node face does, hashing it on the way), so that a
   * large upload is neither copied nor hashed again; otherwise it is read from `request`.
   */
  handle(request: Request, body?: PrereadBody): Promise<Response>;
  /** The current state (replaced by {@link reset}). */
  readonly state: GatewayState;
  /** Every request served, without secrets. */
  readonly requestLog: RequestLog;
  /** The gateway's clock. */
  readonly clock: Clock;
  /** The base URL, without a trailing slash. */
  readonly baseUrl: string;
  /** The operations served. */
  readonly operations: readonly OperationDefinition[];
  /** Back to the initial state: fresh data from the seed, no tokens, empty log, fault sequence restarted. */
  reset(): void;
}

function retryAfterProblem(
  code: 'rate_limited' | 'unavailable',
  seconds: number,
  requestId: string,
  path: string,
) {
  const message =
    code === 'rate_limited'
      ? {
          vi: `Vượt giới hạn tần suất; thử lại sau ${seconds} giây.`,
          en: `Rate limit reached; retry after ${seconds} s.`,
        }
      : {
          vi: `Gateway tạm thời không phục vụ được; thử lại sau ${seconds} giây.`,
          en: `The gateway is temporarily unavailable; retry after ${seconds} s.`,
        };
  return problemResponse(makeProblem(code, message, { requestId, instance: path }), {
    'retry-after': String(seconds),
  });
}

async function storable(response: Response): Promise<StoredResponse> {
  return {
    status: response.status,
    headers: [...response.headers],
    body: new Uint8Array(await response.clone().arrayBuffer()),
  };
}

function fromStored(stored: StoredResponse): Response {
  const headers = new Headers(stored.headers.map(([k, v]) => [k, v] as [string, string]));
  headers.set('idempotent-replayed', 'true');
  const body = stored.status === 204 || stored.status === 304 ? null : stored.body.slice();
  return new Response(body, { status: stored.status, headers });
}

function checkOptions(options: MockGatewayOptions): void {
  const maxBody = options.maxBodyBytes;
  if (
    maxBody !== undefined &&
    !(Number.isSafeInteger(maxBody) && maxBody > 0 && maxBody <= MAX_BODY_BYTES_CEILING)
  ) {
    throw new MockGatewaySettingsError({
      setting: 'maxBodyBytes',
      vi: `phải là số nguyên dương không quá ${MAX_BODY_BYTES_CEILING}, nhận được ${maxBody}`,
      en: `must be a positive integer of at most ${MAX_BODY_BYTES_CEILING}, got ${maxBody}`,
    });
  }
  const lifetime = options.tokenLifetimeSeconds;
  if (lifetime !== undefined && !(Number.isInteger(lifetime) && lifetime > 0)) {
    throw new MockGatewaySettingsError({
      setting: 'tokenLifetimeSeconds',
      vi: `phải là số nguyên dương, nhận được ${lifetime}`,
      en: `must be a positive integer, got ${lifetime}`,
    });
  }
  const keys = new Set<string>();
  for (const c of options.consumers ?? []) {
    if (c.key === '' || c.secret === '' || keys.has(c.key)) {
      throw new MockGatewaySettingsError({
        setting: `consumers[${c.key}]`,
        vi: 'mỗi bên khai thác cần khoá và mật khẩu không rỗng, khoá không trùng',
        en: 'each consumer needs a non-empty key and secret, and keys must be unique',
      });
    }
    keys.add(c.key);
  }
}

/**
 * Builds the gateway core over `operations`.
 *
 * @throws MockGatewaySettingsError on invalid options or clashing operations.
 */
export function createGatewayCore(
  options: MockGatewayOptions,
  operations: readonly OperationDefinition[],
  initialise: (state: GatewayState) => void = () => {},
): GatewayCore {
  checkOptions(options);
  const clock = options.clock ?? systemClock;
  const baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  const basePath = new URL(baseUrl).pathname.replace(/\/+$/, '');
  const logger = options.logger ?? createConsoleLogger('warn');
  const seed = options.seed ?? 1;
  const providers = providerHandlersOf(options.providerUpstreams, options.providers, options.providerFetch);
  const assertionSigner = createAssertionSigner();
  const makeState = (): GatewayState => {
    const state = new GatewayState({
      clock,
      seed,
      consumers: options.consumers ?? [DEFAULT_CONSUMER],
      tokenLifetimeSeconds: options.tokenLifetimeSeconds ?? 3600,
      nationalRecords: options.nationalRecords ?? 2000,
      providers,
      assertionSigner,
      ...(options.providerTimeoutMs === undefined ? {} : { providerTimeoutMs: options.providerTimeoutMs }),
      ...(options.masterDataEntities === undefined ? {} : { masterDataEntities: options.masterDataEntities }),
      ...(options.webhookFetch === undefined ? {} : { webhookFetch: options.webhookFetch }),
      ...(options.webhookRetry === undefined ? {} : { webhookRetry: options.webhookRetry }),
    });
    initialise(state);
    return state;
  };
  let state = makeState();
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const requestLog = new RequestLog(options.requestLogCapacity);
  const idempotency = new IdempotencyStore(clock, (options.idempotencyTtlSeconds ?? 86_400) * 1000);
  const rateLimiter = new RateLimiter(clock);
  const faults = new FaultPlanner(options.faults, seed);
  const router = new Router<OperationDefinition>();
  const ids = new Set<string>();
  for (const op of operations) {
    if (ids.has(op.operationId)) {
      throw new MockGatewaySettingsError({
        setting: `operations.${op.operationId}`,
        vi: 'operationId bị trùng',
        en: 'duplicate operationId',
      });
    }
    ids.add(op.operationId);
    router.add(op.method, op.path, op);
  }

  async function handle(request: Request, preread?: PrereadBody): Promise<Response> {
    const started = clock.now();
    const requestId = requestIdOf(request);
    const url = new URL(request.url);
    const path =
      basePath !== '' && url.pathname.startsWith(basePath)
        ? url.pathname.slice(basePath.length) || '/'
        : url.pathname;
    const method = request.method.toUpperCase();
    let consumerKey: string | undefined;
    let operationId: string | undefined;
    let fault: FaultKind | undefined;
    let replayed = false;
    const idempotencyKey = request.headers.get('idempotency-key') ?? undefined;

    const respond = (response: Response): Response => {
      const status = response.type === 'error' ? 0 : response.status;
      requestLog.record({
        time: new Date(started).toISOString(),
        method,
        path,
        query: redactQuery(url.searchParams),
        status,
        requestId,
        durationMs: clock.now() - started,
        ...(operationId === undefined ? {} : { operationId }),
        ...(consumerKey === undefined ? {} : { consumer: consumerKey }),
        ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
        ...(replayed ? { replayed } : {}),
        ...(fault === undefined ? {} : { fault }),
      });
      if (response.type !== 'error') response.headers.set(REQUEST_ID_HEADER, requestId);
      return response;
    };
    const problem = (error: ProblemError): Response =>
      problemResponse(
        makeProblem(error.problemCode, error.localized, { requestId, instance: path, errors: error.errors }),
        error.headers,
      );

    const match = isHttpMethod(method) ? router.match(method, path) : ({ kind: 'not-found' } as const);
    if (match.kind === 'not-found') {
      return respond(
        problem(
          new ProblemError('not_found', {
            vi: `Không có API nào tại ${method} ${path}.`,
            en: `No API at ${method} ${path}.`,
          }),
        ),
      );
    }
    if (match.kind === 'method-not-allowed') {
      const error = new ProblemError(
        'method_not_allowed',
        { vi: `${path} không nhận phương thức ${method}.`, en: `${path} does not accept ${method}.` },
        { headers: { allow: match.allow.join(', ') } },
      );
      return respond(problem(error));
    }
    const op = match.value;
    operationId = op.operationId;
    // The limit is checked first, as a gateway's front proxy would: before faults and authentication.
    const announced = Number(request.headers.get('content-length') ?? Number.NaN);
    if (preread !== undefined && 'tooLarge' in preread)
      return respond(problem(bodyTooLargeError(maxBodyBytes, preread.size)));
    if (Number.isSafeInteger(announced) && announced > maxBodyBytes)
      return respond(problem(bodyTooLargeError(maxBodyBytes, announced)));

    try {
      const plan = faults.next(op.operationId);
      if (plan.latencyMs > 0) await clock.sleep(plan.latencyMs, request.signal);
      fault = plan.fault;
      if (fault === 'connection-reset') return respond(Response.error());
      if (fault === 'server-error') {
        const message = {
          vi: 'Gateway gặp lỗi nội bộ (giả lập).',
          en: 'The gateway failed (simulated fault).',
        };
        return respond(problemResponse(makeProblem('internal', message, { requestId, instance: path })));
      }
      if (fault === 'unavailable')
        return respond(retryAfterProblem('unavailable', faults.retryAfterSeconds, requestId, path));
      if (fault === 'rate-limit-burst')
        return respond(retryAfterProblem('rate_limited', faults.retryAfterSeconds, requestId, path));

      let consumer: ConsumerSettings | undefined;
      if (op.authenticated !== false) {
        consumer = authenticate(request);
        consumerKey = consumer.key;
        if (!isPermitted(consumer, op.group, op.operationId)) {
          throw new ProblemError('forbidden', {
            vi: `Tài khoản kết nối ${consumer.key} không được phép gọi ${op.operationId}.`,
            en: `Connection account ${consumer.key} may not call ${op.operationId}.`,
          });
        }
        const limit = consumer.rateLimit ?? options.rateLimit;
        if (limit !== undefined) {
          const decision = rateLimiter.take(consumer.key, limit);
          if (!decision.allowed)
            return respond(retryAfterProblem('rate_limited', decision.retryAfterSeconds, requestId, path));
        }
      }

      checkPathParameters(op.operationId, match.params);
      const body = preread?.bytes ?? new Uint8Array(await request.arrayBuffer());
      if (body.byteLength > maxBodyBytes) throw bodyTooLargeError(maxBodyBytes, body.byteLength);
      let bodySha256 = preread?.sha256;
      const digestOfBody = () => {
        bodySha256 ??= createHash('sha256').update(body).digest('hex');
        return bodySha256;
      };
      const context: OperationContext = {
        request,
        url,
        params: match.params,
        query: url.searchParams,
        body,
        bodySha256: digestOfBody,
        requestId,
        consumer,
        state,
        clock,
        baseUrl,
        json: () => readJsonBody(request, body),
        identify: (key) => {
          consumerKey = key;
        },
      };

      let response: Response;
      if (idempotencyKey !== undefined && WRITE_METHODS.has(method) && op.authenticated !== false) {
        const decision = idempotency.begin(
          consumerKey ?? '',
          idempotencyKey,
          requestFingerprint(method, `${path}${url.search}`, digestOfBody()),
        );
        if (decision.kind === 'mismatch') {
          throw new ProblemError(
            'idempotency_key_reused',
            {
              vi: 'Idempotency-Key này đã dùng cho một yêu cầu khác. Hãy dùng khoá mới cho mỗi thao tác ghi.',
              en: 'This Idempotency-Key was used for a different request. Use a new key for each write.',
            },
            { errors: [{ header: 'Idempotency-Key', detail: 'was used for a different request' }] },
          );
        }
        if (decision.kind === 'in-flight') {
          throw new ProblemError(
            'idempotency_key_in_progress',
            {
              vi: 'Yêu cầu đầu tiên với Idempotency-Key này vẫn đang chạy; thử lại sau.',
              en: 'The first request with this Idempotency-Key is still running; retry later.',
            },
            { errors: [{ header: 'Idempotency-Key', detail: 'is in use by a request still running' }] },
          );
        }
        if (decision.kind === 'replay') {
          replayed = true;
          response = fromStored(decision.response);
        } else {
          try {
            response = await runOperation(op, context, problem);
          } catch (error) {
            decision.complete(undefined);
            throw error;
          }
          decision.complete(response.status < 500 ? await storable(response) : undefined);
        }
      } else {
        response = await runOperation(op, context, problem);
      }
      if (fault === 'truncated-body' && response.status < 300 && response.body !== null) {
        response = await truncateResponse(response);
      }
      if (match.headAsGet)
        response = new Response(null, { status: response.status, headers: response.headers });
      return respond(response);
    } catch (error) {
      if (ProblemError.isInstance(error)) return respond(problem(error));
      logger.error('operation failed', { operationId: op.operationId, requestId, error: String(error) });
      const message = { vi: 'Gateway gặp lỗi nội bộ.', en: 'The gateway failed.' };
      return respond(problemResponse(makeProblem('internal', message, { requestId, instance: path })));
    }
  }

  async function runOperation(
    op: OperationDefinition,
    context: OperationContext,
    problem: (error: ProblemError) => Response,
  ): Promise<Response> {
    try {
      return await op.handle(context);
    } catch (error) {
      if (ProblemError.isInstance(error)) return problem(error);
      throw error;
    }
  }

  function authenticate(request: Request): ConsumerSettings {
    const challenge = (error: 'invalid_token' | undefined, description: string): Record<string, string> => ({
      'www-authenticate':
        error === undefined
          ? 'Bearer realm="chiase-mock-gateway"'
          : `Bearer realm="chiase-mock-gateway", error="${error}", error_description="${description}"`,
    });
    const token = parseBearerToken(request.headers.get('authorization'));
    if (token === undefined) {
      throw new ProblemError(
        'invalid_token',
        {
          vi: 'Thiếu access token: gửi Authorization: Bearer <access_token> lấy từ POST /token.',
          en: 'No access token: send Authorization: Bearer <access_token> from POST /token.',
        },
        { headers: challenge(undefined, '') },
      );
    }
    const check = state.tokens.verify(token);
    if (check.kind === 'expired') {
      throw new ProblemError(
        'token_expired',
        { vi: 'Access token đã hết hạn.', en: 'The access token has expired.' },
        { headers: challenge('invalid_token', 'The access token expired') },
      );
    }
    const consumer = check.kind === 'valid' ? state.consumers.get(check.token.consumerKey) : undefined;
    if (consumer === undefined) {
      throw new ProblemError(
        'invalid_token',
        { vi: 'Access token không hợp lệ.', en: 'The access token is not valid.' },
        { headers: challenge('invalid_token', 'The access token is not valid') },
      );
    }
    return consumer;
  }

  return {
    handle,
    get state() {
      return state;
    },
    requestLog,
    clock,
    baseUrl,
    operations,
    reset() {
      state = makeState();
      requestLog.clear();
      idempotency.clear();
      rateLimiter.reset();
      faults.reset();
    },
  };
}
