import type { QueryValue } from './gateway-request';

/**
 * The absolute URL of a call: `gatewayUrl` + `basePath` + `path` + query. A `path` that is already an
 * absolute URL (a token endpoint on another host) is used as is. Query values `undefined` and `null`
 * are left out; arrays repeat the name.
 */
export function requestUrl(
  gatewayUrl: string,
  basePath: string,
  path: string,
  query?: Readonly<Record<string, QueryValue>>,
): string {
  const absolute = /^https?:\/\//i.test(path);
  const url = new URL(absolute ? path : `${gatewayUrl.replace(/\/+$/, '')}${basePath}${path}`);
  if (query !== undefined) {
    for (const [name, value] of Object.entries(query)) {
      if (value === undefined || value === null) continue;
      if (Array.isArray(value)) for (const v of value) url.searchParams.append(name, String(v));
      else url.searchParams.append(name, String(value));
    }
  }
  return url.toString();
}

/** The path of a URL without its query string (queries may carry secrets), for errors and logs. */
export function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url.split('?')[0] ?? url;
  }
}

/**
 * One path segment, percent-encoded (an id with `/` or spaces stays one segment).
 *
 * @throws TypeError, synchronously, when `value` is not a non-empty string or a finite number (an entry
 *   passed where its id belongs would otherwise be sent as `%5Bobject%20Object%5D`).
 */
export function segment(value: string | number): string {
  const ok =
    (typeof value === 'string' && value !== '') || (typeof value === 'number' && Number.isFinite(value));
  if (!ok) {
    const got =
      value === null
        ? 'null'
        : Array.isArray(value)
          ? 'an array'
          : typeof value === 'string'
            ? 'an empty string'
            : `an ${typeof value}`;
    throw new TypeError(
      `Expected an identifier (a non-empty string) in the request path, got ${got}; pass the entry's id, e.g. put(entry.id, entry). / Cần mã định danh (chuỗi khác rỗng) trong đường dẫn, nhận được ${got}.`,
    );
  }
  return encodeURIComponent(String(value));
}
