import type { RequestOptions } from '../http/gateway-request';
import { segment } from '../http/request-url';
import type { ResourceTransport } from './api-resource';

/** A call to a provider's service through the gateway: what to send. */
export interface InvokeRequest {
  /** The provider operation (its path, e.g. `/chiTietDoanhNghiep`, or SOAP action); optional when it has one. */
  operation?: string;
  /** A JSON body (for an operation read with GET, its members become query parameters). */
  json?: unknown;
  /** An XML document or SOAP envelope, with its content type. Default type: `application/xml`. */
  xml?: string;
  /** Content type of `xml`: `application/xml`, `text/xml` or `application/soap+xml`. */
  contentType?: 'application/xml' | 'text/xml' | 'application/soap+xml';
  /** The media types to accept. Default: JSON, then XML. */
  accept?: string;
  /** XML element paths that are always arrays (e.g. `Envelope.Body.result.row`). */
  xmlArrayPaths?: readonly string[];
}

/**
 * Calls a registered data-sharing service through the gateway (Decree 47/2020 Art. 24.1, 46.1) and
 * returns the provider's answer decoded (JSON, or XML as plain objects). The caller needs an accepted
 * connection to the service (Art. 35, 40), else `PermissionDeniedError`.
 */
export async function invokeService<T = unknown>(
  transport: ResourceTransport,
  serviceId: string,
  request: InvokeRequest = {},
  options?: RequestOptions,
): Promise<T> {
  const call: Parameters<ResourceTransport['execute']>[0] = {
    method: 'POST',
    group: 'invoke',
    path: `/services/${segment(serviceId)}`,
    query: { operation: request.operation },
    accept:
      request.accept ??
      'application/json, application/xml;q=0.9, text/xml;q=0.9, application/problem+json;q=0.8',
  };
  if (request.json !== undefined) call.json = request.json;
  else if (request.xml !== undefined) {
    call.body = {
      data: request.xml,
      contentType: `${request.contentType ?? 'application/xml'}; charset=utf-8`,
    };
  }
  if (request.xmlArrayPaths !== undefined) call.xmlArrayPaths = request.xmlArrayPaths;
  return (await transport.execute(call, options)).data as T;
}
