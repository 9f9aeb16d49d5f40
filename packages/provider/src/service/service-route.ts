import type { ServedService } from './service-binding';

/** What a request path asks of a service. */
export type ServiceRoute =
  | { operation: 'list'; service: ServedService }
  | { operation: 'count'; service: ServedService }
  | { operation: 'get'; service: ServedService; key: string };

/** Finds the service and operation a path names: `{path}`, `{path}/count` or `{path}/{key}`. */
export function matchServiceRoute(
  services: readonly ServedService[],
  pathname: string,
): ServiceRoute | undefined {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  for (const service of services) {
    if (path === service.path) return { operation: 'list', service };
    const prefix = service.path === '/' ? '/' : `${service.path}/`;
    if (!path.startsWith(prefix)) continue;
    const rest = path.slice(prefix.length);
    if (rest === '' || rest.includes('/')) continue;
    if (rest === 'count') return { operation: 'count', service };
    let key: string;
    try {
      key = decodeURIComponent(rest);
    } catch {
      continue;
    }
    return { operation: 'get', service, key };
  }
  return undefined;
}
