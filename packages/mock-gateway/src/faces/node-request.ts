import type { IncomingMessage } from 'node:http';

/**
 * Converts a Node request into a Fetch `Request` on `origin`, its body read in full; the body's
 * bytes come beside it, so that the gateway need not read them back out of the `Request`.
 */
export async function toFetchRequest(
  req: IncomingMessage,
  origin: string,
  signal: AbortSignal,
): Promise<{ request: Request; body: Uint8Array | undefined }> {
  const headers = new Headers();
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    headers.append(req.rawHeaders[i] as string, req.rawHeaders[i + 1] as string);
  }
  const method = (req.method ?? 'GET').toUpperCase();
  let body: Uint8Array | undefined;
  if (method !== 'GET' && method !== 'HEAD') {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    body = Buffer.concat(chunks);
  }
  return { request: new Request(`${origin}${req.url ?? '/'}`, { method, headers, body, signal }), body };
}
