import { MockGatewaySettingsError } from '../errors/settings-error';
import type { ProviderHandler } from './provider-handler';

/** Sends a request to a provider system over the network; the global `fetch` by default. */
export type ProviderFetch = (request: Request) => Promise<Response>;

/**
 * A provider handler that forwards the relayed request to a provider system at `baseUrl`: the
 * operation's path and query are appended to it (`https://dkdn.example/api` + `/chiTietDoanhNghiep`),
 * method, headers and body kept, through `send` (so tests and demos can plug their own transport).
 */
export function upstreamProvider(
  baseUrl: string,
  send: ProviderFetch = (request) => fetch(request),
): ProviderHandler {
  const base = new URL(baseUrl);
  const prefix = base.pathname.replace(/\/+$/, '');
  return async (relayed, signal) => {
    const from = new URL(relayed.url);
    const target = new URL(base);
    target.pathname = `${prefix}${from.pathname}`;
    target.search = from.search;
    const hasBody = relayed.method !== 'GET' && relayed.method !== 'HEAD';
    return send(
      new Request(target, {
        method: relayed.method,
        headers: relayed.headers,
        signal,
        ...(hasBody ? { body: await relayed.arrayBuffer() } : {}),
      }),
    );
  };
}

/**
 * The provider handlers of a gateway: one {@link upstreamProvider} per entry of `upstreams`, then the
 * explicit `handlers`, which win for the same service id.
 *
 * @throws MockGatewaySettingsError when an upstream is not an http(s) URL.
 */
export function providerHandlersOf(
  upstreams: Readonly<Record<string, string>> = {},
  handlers: Readonly<Record<string, ProviderHandler>> = {},
  send?: ProviderFetch,
): Record<string, ProviderHandler> {
  const out: Record<string, ProviderHandler> = {};
  for (const [serviceId, url] of Object.entries(upstreams)) {
    if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
      throw new MockGatewaySettingsError({
        setting: `providerUpstreams.${serviceId}`,
        vi: `"${url}" không phải URL http(s)`,
        en: `"${url}" is not an http(s) URL`,
      });
    }
    out[serviceId] = upstreamProvider(url, send);
  }
  return { ...out, ...handlers };
}
