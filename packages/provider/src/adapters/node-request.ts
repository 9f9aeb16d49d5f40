import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import type { TLSSocket } from 'node:tls';
import type { ClientCertificate, RequestContext } from '../auth/consumer';

/**
 * The verified client certificate of a mutual-TLS request: present only when the TLS layer
 * authorised it against the server's trusted CAs (`requestCert: true`, `ca: …`).
 */
export function verifiedClientCertificate(request: IncomingMessage): ClientCertificate | undefined {
  const socket = request.socket as Partial<TLSSocket>;
  if (socket.encrypted !== true || socket.authorized !== true || socket.getPeerCertificate === undefined) {
    return undefined;
  }
  const certificate = socket.getPeerCertificate();
  if (certificate === null || Object.keys(certificate).length === 0) return undefined;
  const subject = certificate.subject as unknown as Record<string, string | string[]>;
  return { subject: { ...subject }, fingerprint256: certificate.fingerprint256 };
}

/**
 * Turns a Node request into a Fetch `Request` and the context beside it: the client certificate,
 * and `signal`, which is passed in the context rather than built into the `Request`.
 */
export function toFetchRequest(
  request: IncomingMessage,
  signal: AbortSignal,
  url: string = request.url ?? '/',
): { request: Request; context: RequestContext } {
  const socket = request.socket as Partial<TLSSocket>;
  const origin = `${socket.encrypted === true ? 'https' : 'http'}://${request.headers.host ?? 'localhost'}`;
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined || name.startsWith(':')) continue;
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else headers.set(name, value);
  }
  const method = request.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const init: RequestInit & { duplex?: 'half' } = { method, headers };
  if (hasBody) {
    init.body = Readable.toWeb(request) as ReadableStream<Uint8Array>;
    init.duplex = 'half';
  }
  const certificate = verifiedClientCertificate(request);
  return {
    request: new Request(new URL(url, origin), init),
    context: certificate === undefined ? { signal } : { clientCertificate: certificate, signal },
  };
}
