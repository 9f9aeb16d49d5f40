import { InvalidResponseError } from '../errors/response-errors';

/**
 * The error for a token endpoint that answered 2xx without a usable token. `missing` names the
 * member that was absent or of the wrong type (never its value).
 */
export function malformedTokenAnswer(strategy: string, missing: string): InvalidResponseError {
  return new InvalidResponseError({
    code: 'gateway.token_malformed',
    message: {
      vi: `Điểm cấp token (${strategy}) trả lời thành công nhưng thiếu "${missing}" hợp lệ. Kiểm tra hồ sơ cổng (tokenPath) và cách đọc token.`,
      en: `The token endpoint (${strategy}) answered with success but without a valid "${missing}". Check the gateway profile (tokenPath) and how the token is read.`,
    },
  });
}
