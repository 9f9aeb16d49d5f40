import type { LocalizedMessage } from '@chiase/schema';
import { GatewayError, type GatewayErrorOptions } from '../errors/gateway-error';
import {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  NotFoundError,
  PermissionDeniedError,
  PreconditionFailedError,
  RateLimitError,
  ServerError,
  UnprocessableError,
} from '../errors/status-errors';
import type { Redactor } from '../logging/redactor';
import type { ProblemDetails } from './problem-details';
import { toProblemDetails } from './problem-details';
import { parseRetryAfter } from './retry-after';

/** What an error says about the call it belongs to. */
export interface CallContext {
  /** HTTP method. */
  method: string;
  /** URL path without the query. */
  path: string;
  /** The call's request id. */
  requestId: string;
}

/** The answer an error is built from (already decoded). */
export interface ErrorAnswer {
  /** HTTP status. */
  status: number;
  /** Response headers, lower-case names. */
  headers: Readonly<Record<string, string>>;
  /** The decoded body (a problem document, an OAuth2 error, text…). */
  body: unknown;
}

const HINTS: Record<string, LocalizedMessage> = {
  401: {
    vi: 'Cổng không chấp nhận thông tin xác thực (kể cả sau khi lấy token mới). Kiểm tra consumer key, secret và hồ sơ cổng.',
    en: 'The gateway did not accept the credentials (also after getting a new token). Check the consumer key, the secret and the gateway profile.',
  },
  403: {
    vi: 'Tài khoản kết nối không được phép thực hiện thao tác này. Kiểm tra quyền của tài khoản với đơn vị vận hành cổng.',
    en: 'The connection account may not perform this operation. Check its permissions with the gateway operator.',
  },
  404: {
    vi: 'Không tìm thấy tài nguyên, hoặc đường dẫn gốc của nhóm API trong hồ sơ cổng chưa đúng.',
    en: 'No such resource, or the base path of this API group in the gateway profile is wrong.',
  },
  409: {
    vi: 'Yêu cầu xung đột với trạng thái hiện tại (đã tồn tại, đã được quyết định, hoặc đang được xử lý).',
    en: 'The request conflicts with the current state (it already exists, was already decided, or is in progress).',
  },
  412: {
    vi: 'Mục đã thay đổi kể từ khi được đọc (ETag không khớp). Đọc lại, áp dụng lại thay đổi rồi gửi với ETag mới.',
    en: 'The entry changed since it was read (ETag mismatch). Read it again, reapply the change and send it with the new ETag.',
  },
  428: {
    vi: 'Cổng yêu cầu If-Match: đọc mục để lấy ETag rồi gửi lại.',
    en: 'The gateway requires If-Match: read the entry for its ETag, then send again.',
  },
  400: {
    vi: 'Yêu cầu không hợp lệ; xem fieldErrors để biết trường sai.',
    en: 'The request is malformed; fieldErrors names the fields at fault.',
  },
  422: {
    vi: 'Nội dung không hợp lệ; xem fieldErrors để biết trường sai.',
    en: 'The content is invalid; fieldErrors names the fields at fault.',
  },
  429: {
    vi: 'Đã vượt giới hạn số lần gọi của cổng; thử lại sau thời gian Retry-After.',
    en: 'The gateway rate limit was reached; try again after Retry-After.',
  },
  500: {
    vi: 'Cổng hoặc hệ thống cung cấp phía sau gặp lỗi, kể cả sau các lần thử lại.',
    en: 'The gateway or the provider system behind it failed, also on every retry.',
  },
};

const TOKEN_HINT: LocalizedMessage = {
  vi: 'Điểm cấp token từ chối cấp token. Kiểm tra CHIASE_CONSUMER_KEY, CHIASE_CONSUMER_SECRET và nơi đặt thông tin xác thực (basic hay form) trong hồ sơ cổng.',
  en: 'The token endpoint refused to issue a token. Check CHIASE_CONSUMER_KEY, CHIASE_CONSUMER_SECRET and where the profile puts credentials (basic or form).',
};

const CODES: Record<string, string> = {
  400: 'gateway.bad_request',
  401: 'gateway.unauthorized',
  403: 'gateway.forbidden',
  404: 'gateway.not_found',
  409: 'gateway.conflict',
  412: 'gateway.precondition_failed',
  422: 'gateway.unprocessable',
  428: 'gateway.precondition_required',
  429: 'gateway.rate_limited',
};

function codeFor(status: number): string {
  return CODES[String(status)] ?? (status >= 500 ? 'gateway.server_error' : `gateway.http_${status}`);
}

function hintFor(status: number): LocalizedMessage | undefined {
  return HINTS[String(status)] ?? (status >= 500 ? HINTS['500'] : undefined);
}

/** An OAuth2 error answer (RFC 6749 §5.2) read as a problem document, so every error has one shape. */
function oauthProblem(body: unknown, status: number): ProblemDetails | undefined {
  if (body === null || typeof body !== 'object') return undefined;
  const b = body as Record<string, unknown>;
  if (typeof b.error !== 'string') return undefined;
  const problem: ProblemDetails = { type: 'about:blank', status, code: b.error, errors: [], extensions: {} };
  if (typeof b.error_description === 'string') problem.detail = b.error_description;
  return problem;
}

function describe(ctx: CallContext, status: number, problem: ProblemDetails | undefined): LocalizedMessage {
  const said = (problem?.detail ?? problem?.title)?.replace(/[.\s]+$/, '');
  const code = problem?.code === undefined ? '' : ` [${problem.code}]`;
  return {
    vi: `${ctx.method} ${ctx.path} thất bại với mã HTTP ${status}${code}${said === undefined ? '' : `: ${said}`}.`,
    en: `${ctx.method} ${ctx.path} failed with HTTP ${status}${code}${said === undefined ? '' : `: ${said}`}.`,
  };
}

/**
 * The typed error for a non-2xx answer: the class by status, the problem document (redacted), the
 * request id (the gateway's echo, else the client's), and a bilingual message saying what to do.
 * `tokenRequest` marks answers of the token endpoint, whose refusals are authentication errors.
 */
export function errorFromResponse(
  answer: ErrorAnswer,
  ctx: CallContext,
  redactor: Redactor,
  tokenRequest = false,
): GatewayError {
  const { status } = answer;
  const requestId = answer.headers['x-request-id'] ?? ctx.requestId;
  const raw = toProblemDetails(answer.body) ?? oauthProblem(answer.body, status);
  const problem = raw === undefined ? undefined : (redactor.value(raw) as ProblemDetails);
  const head = describe(ctx, status, problem);
  const refused = tokenRequest && (status === 400 || status === 401 || status === 403);
  const hint = refused ? TOKEN_HINT : hintFor(status);
  const message: LocalizedMessage = {
    vi: `${head.vi}${hint === undefined ? '' : ` ${hint.vi}`} Mã yêu cầu: ${requestId}.`,
    en: `${head.en}${hint === undefined ? '' : ` ${hint.en}`} Request id: ${requestId}.`,
  };
  const options: GatewayErrorOptions = {
    code: refused ? 'gateway.token_rejected' : codeFor(status),
    message: { vi: redactor.text(message.vi), en: redactor.text(message.en) },
    status,
    requestId,
    method: ctx.method,
    path: ctx.path,
    headers: redactor.responseHeaders(answer.headers),
  };
  if (problem !== undefined) options.problem = problem;
  if (refused) return new AuthenticationError(options);
  switch (status) {
    case 400:
      return new BadRequestError(options);
    case 401:
      return new AuthenticationError(options);
    case 403:
      return new PermissionDeniedError(options);
    case 404:
      return new NotFoundError(options);
    case 409:
      return new ConflictError(options);
    case 412:
    case 428:
      return new PreconditionFailedError(options);
    case 422:
      return new UnprocessableError(options);
    case 429: {
      const retryAfter = parseRetryAfter(answer.headers['retry-after']);
      return new RateLimitError(retryAfter === undefined ? options : { ...options, retryAfter });
    }
    default:
      return status >= 500 ? new ServerError(options) : new GatewayError(options);
  }
}
