import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { AuthStrategy, Credentials } from '../auth/auth-strategy';
import type { GatewayProfile } from '../config/gateway-profile';
import { GatewayError, type GatewayErrorOptions } from '../errors/gateway-error';
import { InvalidResponseError, ResponseValidationError } from '../errors/response-errors';
import { AbortedError, ConnectionError, TimeoutError } from '../errors/transport-errors';
import type { ClientLog } from '../logging/gateway-logger';
import { isSensitiveName, type Redactor } from '../logging/redactor';
import { abortableSleep } from './abortable-sleep';
import type { ClientHooks, RetryReason } from './client-hooks';
import { type CallContext, errorFromResponse } from './error-from-response';
import type { GatewayRequest, HttpMethod, RequestOptions, WithResponse } from './gateway-request';
import { type HttpTransport, type IncomingResponse, TransportFailure } from './http-transport';
import { mergeHeaders } from './merge-headers';
import { pathOf, requestUrl } from './request-url';
import { decodeBody } from './response-decoder';
import type { ResponseValidator } from './response-validator';
import { parseRetryAfter } from './retry-after';
import { isRetryableStatus, isSafeMethod, type ResolvedBackoff, retryDelay } from './retry-policy';

/** Everything the executor needs, resolved from the client settings. */
export interface ExecutorSettings {
  /** Gateway URL without a trailing slash. */
  gatewayUrl: string;
  /** The gateway profile. */
  profile: GatewayProfile;
  /** Sends attempts. */
  transport: HttpTransport;
  /** Per-attempt timeout, milliseconds. */
  timeout: number;
  /** Retries after the first attempt. */
  maxRetries: number;
  /** Backoff bounds. */
  backoff: ResolvedBackoff;
  /** Headers of every call (profile and client headers), below the request's own. */
  headers: Readonly<Record<string, string>>;
  /** The User-Agent. */
  userAgent: string;
  /** The client's log. */
  log: ClientLog;
  /** Removes secrets from logs and errors. */
  redactor: Redactor;
  /** Request, response and retry hooks. */
  hooks: ClientHooks;
  /** Jitter source in [0, 1). */
  random: () => number;
  /** Strict mode's response check, when strict mode is on. */
  validateResponse: ResponseValidator | undefined;
}

const DEFAULT_ACCEPT = 'application/json, application/problem+json;q=0.9, */*;q=0.5';

function isStream(data: unknown): data is Readable {
  return data !== null && typeof data === 'object' && typeof (data as { pipe?: unknown }).pipe === 'function';
}

function headerValue(
  headers: Readonly<Record<string, string>> | undefined,
  name: string,
): string | undefined {
  if (headers === undefined) return undefined;
  const lower = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) if (key.toLowerCase() === lower) return value;
  return undefined;
}

/** A retry about to wait: what failed and where. */
interface PendingRetry {
  /** Retries made so far (0 before the first). */
  retries: number;
  /** The gateway's `Retry-After`, in milliseconds, if it sent one. */
  retryAfter?: number | undefined;
  /** Why the attempt is retried. */
  reason: RetryReason;
  /** The status, when the gateway answered. */
  status?: number;
  /** HTTP method. */
  method: HttpMethod;
  /** Absolute URL. */
  url: string;
  /** The attempt that failed (1 for the first). */
  attempt: number;
  /** The call's context. */
  ctx: CallContext;
  /** The caller's signal. */
  signal: AbortSignal | undefined;
}

type Attempt =
  | { kind: 'answer'; response: IncomingResponse }
  | { kind: 'failure'; failure: TransportFailure };

/**
 * Runs calls: authentication, headers, the per-attempt timeout, retries with backoff and
 * Retry-After, one new token on a 401, decoding, strict validation and typed errors. One instance
 * per client; resource classes only describe requests.
 */
export class RequestExecutor {
  readonly #s: ExecutorSettings;
  /** The authentication strategy; set once by the client after it is created. */
  auth: AuthStrategy | undefined;

  constructor(settings: ExecutorSettings) {
    this.#s = settings;
  }

  /** Sends a call and returns its decoded body with the raw response. Throws a `GatewayError`. */
  async execute<T>(
    request: GatewayRequest<T>,
    options: RequestOptions = {},
    tokenRequest = false,
  ): Promise<WithResponse<T>> {
    const signal = options.signal;
    const url = requestUrl(
      this.#s.gatewayUrl,
      request.group === undefined ? '' : this.#s.profile.basePaths[request.group],
      request.path,
      request.query,
    );
    const requestId =
      headerValue(options.headers, 'x-request-id') ??
      headerValue(request.headers, 'x-request-id') ??
      randomUUID();
    const ctx: CallContext = { method: request.method, path: pathOf(url), requestId };
    try {
      return await this.#run(request, options, url, ctx, tokenRequest);
    } catch (error) {
      // A wait for a token or a hook interrupted by the caller's abort rejects with the signal's reason.
      if (signal?.aborted && !GatewayError.isInstance(error)) throw this.#aborted(ctx);
      // Gateway errors, and whatever a hook or a custom transport threw of its own.
      throw error;
    }
  }

  async #run<T>(
    request: GatewayRequest<T>,
    options: RequestOptions,
    url: string,
    ctx: CallContext,
    tokenRequest: boolean,
  ): Promise<WithResponse<T>> {
    const s = this.#s;
    const method = request.method;
    const signal = options.signal;
    const timeout = options.timeout ?? s.timeout;
    const maxRetries = Math.max(0, options.maxRetries ?? s.maxRetries);
    const write = !isSafeMethod(method);
    const idempotencyKey =
      write && options.idempotencyKey !== false && !request.idempotent
        ? (options.idempotencyKey ?? headerValue(request.headers, 'idempotency-key') ?? randomUUID())
        : undefined;
    const body = this.#body(request);
    const replayable = !isStream(request.body?.data);
    const retryable = replayable && (!write || idempotencyKey !== undefined || request.idempotent === true);

    const own: Record<string, string> = { 'X-Request-Id': ctx.requestId };
    if (body.contentType !== undefined) own['Content-Type'] = body.contentType;
    if (idempotencyKey !== undefined) own['Idempotency-Key'] = idempotencyKey;
    const base = mergeHeaders(
      { 'User-Agent': s.userAgent, Accept: request.accept ?? DEFAULT_ACCEPT },
      s.headers,
      request.headers,
      options.headers,
      own,
    );

    let attempt = 0;
    let retries = 0;
    let renewedCredentials = false;
    for (;;) {
      attempt += 1;
      if (signal?.aborted) throw this.#aborted(ctx);
      let credentials: Credentials | undefined;
      if (!request.anonymous && this.auth !== undefined) credentials = await this.auth.authenticate(signal);

      // Credentials stay out of what hooks see; they are added last.
      const plain: Record<string, string> = {};
      const secret: Record<string, string> = {};
      for (const [name, value] of Object.entries(base))
        (isSensitiveName(name) ? secret : plain)[name] = value;
      await s.hooks.beforeRequest?.({ method, url, headers: plain, attempt, requestId: ctx.requestId });
      const headers = mergeHeaders(plain, secret, credentials?.headers);

      const started = Date.now();
      if (s.log.enabled('debug')) {
        s.log.write('debug', `→ ${method} ${url}`, { attempt, requestId: ctx.requestId, headers });
      }
      const outcome = await this.#send({ method, url, headers, timeout, signal, data: body.data });
      if (outcome.kind === 'failure') {
        const { failure } = outcome;
        if (failure.kind === 'aborted') throw this.#aborted(ctx);
        if (retryable && retries < maxRetries) {
          await this.#wait({ retries, reason: failure.kind, method, url, attempt, ctx, signal });
          retries += 1;
          continue;
        }
        throw failure.kind === 'timeout' ? this.#timeout(ctx, timeout) : this.#connection(ctx, failure);
      }

      const { response } = outcome;
      const duration = Date.now() - started;
      if (s.log.enabled('debug')) {
        s.log.write('debug', `← ${response.status} ${method} ${url} (${duration} ms)`, {
          attempt,
          requestId: ctx.requestId,
          headers: response.headers,
        });
      }
      await s.hooks.afterResponse?.({
        method,
        url,
        status: response.status,
        headers: response.headers,
        attempt,
        requestId: ctx.requestId,
        duration,
      });
      const status = response.status;
      if (
        status === 401 &&
        credentials !== undefined &&
        !renewedCredentials &&
        this.auth?.invalidate(credentials)
      ) {
        // A token can go stale before its announced expiry (revoked, gateway restarted): one new token.
        renewedCredentials = true;
        if (!replayable) throw this.#statusError(response, ctx, request, tokenRequest);
        s.log.write('info', `401 on ${method} ${ctx.path}: requesting a new token and retrying once`, {
          requestId: ctx.requestId,
        });
        continue;
      }
      if (isRetryableStatus(status) && retryable && retries < maxRetries) {
        const retryAfter = parseRetryAfter(response.headers['retry-after']);
        await this.#wait({
          retries,
          retryAfter,
          reason: 'status',
          status,
          method,
          url,
          attempt,
          ctx,
          signal,
        });
        retries += 1;
        continue;
      }
      if (status < 200 || status >= 300) throw this.#statusError(response, ctx, request, tokenRequest);

      const decoded = decodeBody(response.body, response.headers['content-type'], request.xmlArrayPaths);
      if (!decoded.ok) {
        if (retryable && retries < maxRetries) {
          await this.#wait({ retries, reason: 'invalid_body', status, method, url, attempt, ctx, signal });
          retries += 1;
          continue;
        }
        throw new InvalidResponseError({
          ...this.#errorBase(ctx, response),
          code: 'gateway.invalid_body',
          message: {
            vi: `${method} ${ctx.path}: không đọc được nội dung trả về dạng ${decoded.format.toUpperCase()} (có thể bị cắt ngắn). Mã yêu cầu: ${ctx.requestId}.`,
            en: `${method} ${ctx.path}: the ${decoded.format.toUpperCase()} answer could not be read (it may be cut short). Request id: ${ctx.requestId}.`,
          },
        });
      }
      const value = request.transform === undefined ? decoded.value : request.transform(decoded.value);
      const data = this.#validate(request, value, ctx, response);
      return {
        data,
        response: {
          status,
          headers: response.headers,
          requestId: response.headers['x-request-id'] ?? ctx.requestId,
          method,
          url,
          attempts: attempt,
        },
      };
    }
  }

  #body(request: GatewayRequest<unknown>): {
    data: (() => string | Uint8Array | Readable) | undefined;
    contentType: string | undefined;
  } {
    if (request.json !== undefined) {
      const text = JSON.stringify(request.json);
      return { data: () => text, contentType: 'application/json' };
    }
    if (request.form !== undefined) {
      const text = new URLSearchParams(request.form as Record<string, string>).toString();
      return { data: () => text, contentType: 'application/x-www-form-urlencoded' };
    }
    if (request.body !== undefined) {
      const raw = request.body.data;
      return { data: typeof raw === 'function' ? raw : () => raw, contentType: request.body.contentType };
    }
    return { data: undefined, contentType: undefined };
  }

  async #send(args: {
    method: HttpMethod;
    url: string;
    headers: Record<string, string>;
    timeout: number;
    signal: AbortSignal | undefined;
    data: (() => string | Uint8Array | Readable) | undefined;
  }): Promise<Attempt> {
    try {
      const response = await this.#s.transport.send({
        method: args.method,
        url: args.url,
        headers: args.headers,
        timeout: args.timeout,
        ...(args.signal === undefined ? {} : { signal: args.signal }),
        ...(args.data === undefined ? {} : { body: args.data() }),
      });
      return { kind: 'answer', response };
    } catch (error) {
      if (error instanceof TransportFailure) return { kind: 'failure', failure: error };
      if (args.signal?.aborted) return { kind: 'failure', failure: new TransportFailure('aborted') };
      throw error;
    }
  }

  async #wait(retry: PendingRetry): Promise<void> {
    const { retries, retryAfter, reason, status, method, url, attempt, ctx, signal } = retry;
    const s = this.#s;
    const delay = retryDelay(retries, retryAfter, s.backoff, s.random);
    s.log.write('warn', `${method} ${ctx.path}: ${status ?? reason}; retry ${retries + 1} in ${delay} ms`, {
      requestId: ctx.requestId,
      attempt,
    });
    const hookContext = { method, url, attempt, reason, delay, requestId: ctx.requestId };
    await s.hooks.beforeRetry?.(status === undefined ? hookContext : { ...hookContext, status });
    try {
      await abortableSleep(delay, signal);
    } catch {
      throw this.#aborted(ctx);
    }
  }

  #validate<T>(request: GatewayRequest<T>, value: unknown, ctx: CallContext, response: IncomingResponse): T {
    if (request.schema !== undefined) {
      const result = request.schema.safeParse(value);
      if (result.success) return result.data;
      throw this.#invalid(ctx, response, 'of this call', undefined, result.error.issues);
    }
    const validate = this.#s.validateResponse;
    if (validate !== undefined && request.responseSchema !== undefined) {
      const issues = validate(request.responseSchema, value);
      if (issues.length > 0) throw this.#invalid(ctx, response, request.responseSchema, issues, undefined);
    }
    return value as T;
  }

  #invalid(
    ctx: CallContext,
    response: IncomingResponse,
    schemaName: string,
    issues: ConstructorParameters<typeof ResponseValidationError>[0]['issues'] | undefined,
    zodIssues: readonly { path: readonly PropertyKey[]; message: string; code: string }[] | undefined,
  ): ResponseValidationError {
    const list =
      issues ??
      (zodIssues ?? []).map((issue) => {
        const segments = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
        const path = `$${segments.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('')}`;
        return { path, segments, code: issue.code, message: { vi: issue.message, en: issue.message } };
      });
    const first = list[0];
    const where = first === undefined ? '' : ` ${first.path}: ${first.message.en}`;
    const whereVi = first === undefined ? '' : ` ${first.path}: ${first.message.vi}`;
    return new ResponseValidationError({
      ...this.#errorBase(ctx, response),
      code: 'gateway.response_invalid',
      issues: list,
      message: this.#s.redactor.value({
        vi: `${ctx.method} ${ctx.path}: câu trả lời không khớp lược đồ ${schemaName} (${list.length} lỗi).${whereVi}`,
        en: `${ctx.method} ${ctx.path}: the answer does not match schema ${schemaName} (${list.length} issue(s)).${where}`,
      }) as { vi: string; en: string },
    });
  }

  #errorBase(ctx: CallContext, response: IncomingResponse): Omit<GatewayErrorOptions, 'code' | 'message'> {
    return {
      status: response.status,
      requestId: response.headers['x-request-id'] ?? ctx.requestId,
      method: ctx.method,
      path: ctx.path,
      headers: this.#s.redactor.responseHeaders(response.headers),
    };
  }

  #statusError(
    response: IncomingResponse,
    ctx: CallContext,
    request: GatewayRequest<unknown>,
    tokenRequest: boolean,
  ): GatewayError {
    const decoded = decodeBody(response.body, response.headers['content-type'], request.xmlArrayPaths);
    const body = decoded.ok ? decoded.value : undefined;
    const error = errorFromResponse(
      { status: response.status, headers: response.headers, body },
      ctx,
      this.#s.redactor,
      tokenRequest,
    );
    this.#s.log.write('debug', error.message, { requestId: error.requestId, status: error.status });
    return error;
  }

  #aborted(ctx: CallContext): AbortedError {
    return new AbortedError({
      code: 'gateway.aborted',
      requestId: ctx.requestId,
      method: ctx.method,
      path: ctx.path,
      message: {
        vi: `${ctx.method} ${ctx.path} đã bị huỷ theo AbortSignal của bên gọi. Mã yêu cầu: ${ctx.requestId}.`,
        en: `${ctx.method} ${ctx.path} was aborted by the caller's AbortSignal. Request id: ${ctx.requestId}.`,
      },
    });
  }

  #timeout(ctx: CallContext, timeout: number): TimeoutError {
    return new TimeoutError({
      code: 'gateway.timeout',
      timeout,
      requestId: ctx.requestId,
      method: ctx.method,
      path: ctx.path,
      message: {
        vi: `${ctx.method} ${ctx.path}: không nhận đủ câu trả lời trong ${timeout} ms, kể cả sau các lần thử lại. Tăng timeout hoặc kiểm tra cổng. Mã yêu cầu: ${ctx.requestId}.`,
        en: `${ctx.method} ${ctx.path}: no whole answer within ${timeout} ms, also on every retry. Raise the timeout or check the gateway. Request id: ${ctx.requestId}.`,
      },
    });
  }

  #connection(ctx: CallContext, failure: TransportFailure): ConnectionError {
    const code = failure.systemCode === undefined ? '' : ` (${failure.systemCode})`;
    const options = {
      code: 'gateway.connection_failed',
      requestId: ctx.requestId,
      method: ctx.method,
      path: ctx.path,
      message: {
        vi: `${ctx.method} ${ctx.path}: không kết nối được tới cổng${code}, kể cả sau các lần thử lại. Kiểm tra CHIASE_GATEWAY_URL, mạng và chứng chỉ (CA). Mã yêu cầu: ${ctx.requestId}.`,
        en: `${ctx.method} ${ctx.path}: could not reach the gateway${code}, also on every retry. Check CHIASE_GATEWAY_URL, the network and certificates (CA). Request id: ${ctx.requestId}.`,
      },
    };
    return new ConnectionError(
      failure.systemCode === undefined ? options : { ...options, systemCode: failure.systemCode },
    );
  }
}
