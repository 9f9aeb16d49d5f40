/** A consumer key and secret read from a request. */
export interface ClientCredentials {
  readonly clientId: string;
  readonly clientSecret: string;
}

/**
 * Reads HTTP Basic credentials (RFC 7617) from an `Authorization` header value. The user id and
 * password are form-urlencoded first, as RFC 6749 §2.3.1 asks of OAuth clients, so they are decoded.
 *
 * @returns the credentials, or `undefined` when the header is not valid Basic credentials.
 */
export function parseBasicCredentials(authorization: string | null): ClientCredentials | undefined {
  if (authorization === null) return undefined;
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(authorization);
  if (match === null) return undefined;
  const decoded = Buffer.from(match[1] as string, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  const decode = (s: string): string => {
    try {
      return decodeURIComponent(s.replace(/\+/g, ' '));
    } catch {
      return s;
    }
  };
  return { clientId: decode(decoded.slice(0, colon)), clientSecret: decode(decoded.slice(colon + 1)) };
}

/** Reads the bearer token from an `Authorization` header value, or `undefined`. */
export function parseBearerToken(authorization: string | null): string | undefined {
  if (authorization === null) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  return match === null ? undefined : match[1];
}
