import { MockGatewaySettingsError } from '../errors/settings-error';

type Segment =
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'param'; readonly name: string };

/** A compiled OpenAPI-style path template such as `/catalog/1.0/services/{serviceId}`. */
export interface RouteTemplate {
  /** The template as written. */
  readonly template: string;
  /** The template with parameter names erased (`/catalog/1.0/services/{}`); equal shapes clash. */
  readonly shape: string;
  /** Names of the path parameters, in order. */
  readonly parameters: readonly string[];
  /**
   * The decoded path parameters when `pathname` matches, otherwise `undefined`. A segment that is
   * not valid percent-encoding does not match.
   */
  match(pathname: string): Readonly<Record<string, string>> | undefined;
  /** Negative when this template is more specific than `other` (literal segments win over parameters). */
  compare(other: RouteTemplate): number;
}

const PARAM = /^\{([A-Za-z_][A-Za-z0-9_.-]*)\}$/;

/** Splits a path into its segments, ignoring one trailing slash (`/a/b/` is `/a/b`). */
export function pathSegments(pathname: string): string[] {
  const trimmed = pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname;
  return trimmed === '/' || trimmed === '' ? [] : trimmed.replace(/^\//, '').split('/');
}

/**
 * Compiles a path template. Parameters must fill a whole segment (`{serviceId}`); templates start
 * with `/`.
 *
 * @throws MockGatewaySettingsError when the template is malformed or repeats a parameter name.
 */
export function parseRouteTemplate(template: string): RouteTemplate {
  if (!template.startsWith('/')) {
    throw new MockGatewaySettingsError({
      setting: `path ${template}`,
      vi: 'mẫu đường dẫn phải bắt đầu bằng "/"',
      en: 'a path template must start with "/"',
    });
  }
  const segments: Segment[] = pathSegments(template).map((raw) => {
    const param = PARAM.exec(raw);
    if (param) return { kind: 'param', name: param[1] as string };
    if (raw.includes('{') || raw.includes('}') || raw === '') {
      throw new MockGatewaySettingsError({
        setting: `path ${template}`,
        vi: `đoạn "${raw}" không hợp lệ: tham số phải chiếm trọn một đoạn, ví dụ {serviceId}`,
        en: `segment "${raw}" is invalid: a parameter must fill a whole segment, e.g. {serviceId}`,
      });
    }
    return { kind: 'literal', text: raw };
  });
  const parameters = segments.flatMap((s) => (s.kind === 'param' ? [s.name] : []));
  if (new Set(parameters).size !== parameters.length) {
    throw new MockGatewaySettingsError({
      setting: `path ${template}`,
      vi: 'một tham số xuất hiện hai lần',
      en: 'a parameter name appears twice',
    });
  }
  const shape = `/${segments.map((s) => (s.kind === 'param' ? '{}' : s.text)).join('/')}`;

  const self: RouteTemplate = {
    template,
    shape,
    parameters,
    match(pathname) {
      const parts = pathSegments(pathname);
      if (parts.length !== segments.length) return undefined;
      const params: Record<string, string> = {};
      for (let i = 0; i < segments.length; i++) {
        const segment = segments[i] as Segment;
        const part = parts[i] as string;
        if (segment.kind === 'literal') {
          if (segment.text !== part) return undefined;
          continue;
        }
        if (part === '') return undefined;
        try {
          params[segment.name] = decodeURIComponent(part);
        } catch {
          return undefined;
        }
      }
      return params;
    },
    compare(other) {
      const a = self.shape.split('/');
      const b = other.shape.split('/');
      for (let i = 0; i < Math.min(a.length, b.length); i++) {
        const aParam = a[i] === '{}';
        const bParam = b[i] === '{}';
        if (aParam !== bParam) return aParam ? 1 : -1;
      }
      return 0;
    },
  };
  return self;
}
