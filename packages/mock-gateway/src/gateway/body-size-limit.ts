import { constants } from 'node:buffer';
import { ProblemError } from '../errors/problem-error';

/**
 * The largest request body the mock gateway accepts by default, in bytes: 2 GiB. The mock holds a
 * body in memory whole, so the limit is what keeps a client that announces (or streams) more from
 * making it allocate that much. A real gateway has a limit of its own, often far smaller.
 */
export const DEFAULT_MAX_BODY_BYTES = 2 ** 31;

/** The largest `maxBodyBytes` there can be: the largest Node buffer. */
export const MAX_BODY_BYTES_CEILING = constants.MAX_LENGTH;

/**
 * The 413 answered for a body over `limit` bytes (the contract's `PayloadTooLarge`, problem type
 * `payload-too-large`). `size` is the body's size when known (announced by `Content-Length`).
 */
export function bodyTooLargeError(limit: number, size: number | undefined): ProblemError {
  const vi = size === undefined ? `dài hơn ${limit} byte` : `dài ${size} byte`;
  const en = size === undefined ? `is longer than ${limit} bytes` : `is ${size} bytes`;
  return new ProblemError('payload_too_large', {
    vi: `Nội dung yêu cầu ${vi}, quá giới hạn ${limit} byte của gateway. Hãy gửi tệp hoặc lô nhỏ hơn.`,
    en: `The request body ${en}, over the gateway's limit of ${limit} bytes. Send a smaller file or batch.`,
  });
}
