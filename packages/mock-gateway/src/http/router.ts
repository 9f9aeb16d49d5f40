import { MockGatewaySettingsError } from '../errors/settings-error';
import type { HttpMethod } from './http-method';
import { parseRouteTemplate, type RouteTemplate } from './route-template';

/** The outcome of matching a request against the router. */
export type RouteMatch<T> =
  | {
      readonly kind: 'found';
      readonly value: T;
      readonly params: Readonly<Record<string, string>>;
      readonly template: string;
      /** True when a HEAD request was routed to the GET handler (the body must be dropped). */
      readonly headAsGet: boolean;
    }
  | { readonly kind: 'method-not-allowed'; readonly allow: readonly string[] }
  | { readonly kind: 'not-found' };

interface Entry<T> {
  readonly template: RouteTemplate;
  readonly methods: Map<HttpMethod, T>;
}

/**
 * Maps path templates and methods to values (operation handlers). When several templates match a
 * path, the one with literal segments earliest wins (`/services/search` before `/services/{id}`).
 */
export class Router<T> {
  private readonly entries: Entry<T>[] = [];

  /**
   * Adds a route.
   *
   * @throws MockGatewaySettingsError when the same method is already registered for an
   *   equivalent template (same segments, parameter names aside).
   */
  add(method: HttpMethod, template: string, value: T): void {
    const compiled = parseRouteTemplate(template);
    let entry = this.entries.find((e) => e.template.shape === compiled.shape);
    if (entry === undefined) {
      entry = { template: compiled, methods: new Map() };
      this.entries.push(entry);
      this.entries.sort((a, b) => a.template.compare(b.template));
    } else if (entry.template.template !== template) {
      throw new MockGatewaySettingsError({
        setting: `path ${template}`,
        vi: `trùng với mẫu đã đăng ký ${entry.template.template} (chỉ khác tên tham số)`,
        en: `clashes with the registered template ${entry.template.template} (only parameter names differ)`,
      });
    }
    if (entry.methods.has(method)) {
      throw new MockGatewaySettingsError({
        setting: `${method} ${template}`,
        vi: 'đã có thao tác đăng ký cho phương thức và đường dẫn này',
        en: 'an operation is already registered for this method and path',
      });
    }
    entry.methods.set(method, value);
  }

  /** Finds the value for a method and a (percent-encoded) path. */
  match(method: string, pathname: string): RouteMatch<T> {
    const allow = new Set<string>();
    for (const entry of this.entries) {
      const params = entry.template.match(pathname);
      if (params === undefined) continue;
      const value = entry.methods.get(method as HttpMethod);
      if (value !== undefined) {
        return { kind: 'found', value, params, template: entry.template.template, headAsGet: false };
      }
      const get = method === 'HEAD' ? entry.methods.get('GET') : undefined;
      if (get !== undefined) {
        return { kind: 'found', value: get, params, template: entry.template.template, headAsGet: true };
      }
      for (const m of entry.methods.keys()) allow.add(m);
      if (entry.methods.has('GET')) allow.add('HEAD');
    }
    return allow.size > 0 ? { kind: 'method-not-allowed', allow: [...allow].sort() } : { kind: 'not-found' };
  }

  /** Every registered route. */
  list(): { method: HttpMethod; template: string; value: T }[] {
    return this.entries.flatMap((e) =>
      [...e.methods].map(([method, value]) => ({ method, template: e.template.template, value })),
    );
  }
}
