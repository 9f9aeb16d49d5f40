import type { Agent as HttpsAgent } from 'node:https';
import axios, { type AxiosInstance, isAxiosError, type RawAxiosResponseHeaders } from 'axios';
import {
  type HttpTransport,
  type IncomingResponse,
  type OutgoingRequest,
  TransportFailure,
} from './http-transport';

/** Settings of {@link createAxiosTransport}. */
export interface AxiosTransportSettings {
  /** The https agent (custom CA, client certificate, proxy). Default: Node's global agent (keep-alive). */
  httpsAgent?: HttpsAgent;
  /** An axios instance to send with (interceptors, adapters). Default: a new instance. */
  axios?: AxiosInstance;
}

function lowerCaseHeaders(
  headers: RawAxiosResponseHeaders | Record<string, unknown>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || value === null) continue;
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return out;
}

function toBytes(data: unknown): Uint8Array {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (typeof data === 'string') return new TextEncoder().encode(data);
  return new Uint8Array(0);
}

/**
 * The transport on axios: every status resolves (the client classifies it), the body is read whole
 * as bytes (the client decodes JSON or XML itself), and the per-attempt timeout covers the whole
 * answer. Errors never carry the axios error, whose config holds the request's headers.
 */
export function createAxiosTransport(settings: AxiosTransportSettings = {}): HttpTransport {
  const instance = settings.axios ?? axios.create();
  return {
    async send(request: OutgoingRequest): Promise<IncomingResponse> {
      const controller = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, request.timeout);
      const onAbort = () => controller.abort();
      if (request.signal?.aborted) controller.abort();
      else request.signal?.addEventListener('abort', onAbort, { once: true });
      try {
        const response = await instance.request({
          url: request.url,
          method: request.method,
          headers: request.headers,
          data: request.body,
          signal: controller.signal,
          responseType: 'arraybuffer',
          transformResponse: [(data: unknown) => data],
          validateStatus: () => true,
          maxRedirects: 0,
          maxBodyLength: Number.POSITIVE_INFINITY,
          maxContentLength: Number.POSITIVE_INFINITY,
          ...(settings.httpsAgent === undefined ? {} : { httpsAgent: settings.httpsAgent }),
        });
        return {
          status: response.status,
          headers: lowerCaseHeaders(response.headers as RawAxiosResponseHeaders),
          body: toBytes(response.data),
        };
      } catch (error) {
        if (request.signal?.aborted) throw new TransportFailure('aborted');
        if (timedOut) throw new TransportFailure('timeout');
        const code = isAxiosError(error) ? error.code : undefined;
        const cause = (error as { cause?: { code?: unknown } } | undefined)?.cause;
        const systemCode = typeof cause?.code === 'string' ? cause.code : code;
        throw new TransportFailure('connection', systemCode);
      } finally {
        clearTimeout(timer);
        request.signal?.removeEventListener('abort', onAbort);
      }
    },
  };
}
