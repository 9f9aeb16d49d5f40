import type { LocalizedMessage } from '@chiase/schema';
import { RequestRejectedError } from '../errors/request-rejected-error';

/**
 * A 401 answer with a `WWW-Authenticate` challenge (RFC 6750 §3 for bearer tokens). The message
 * names what failed, never the token.
 */
export function authenticationRejection(
  code: string,
  message: LocalizedMessage,
  scheme: 'Bearer' | 'mutual-tls' = 'Bearer',
  cause?: unknown,
): RequestRejectedError {
  const headers: Record<string, string> =
    scheme === 'Bearer' ? { 'WWW-Authenticate': 'Bearer error="invalid_token"' } : {};
  return new RequestRejectedError({ status: 401, code, message, headers, cause });
}
