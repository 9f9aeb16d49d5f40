import type { IncomingMessage } from 'node:http';

/** Reads a request body whole: into one buffer of the announced `Content-Length`, else by chunks. */
async function readBody(req: IncomingMessage): Promise<Uint8Array> {
  const announced = Number(req.headers['content-length']);
  if (Number.isSafeInteger(announced) && announced > 0) {
    // Copied in as it arrives: no second pass over a large upload at the end (Node's parser never
    // delivers more than Content-Length; fewer bytes mean the client went away mid-body).
    const body = Buffer.allocUnsafe(announced);
    let filled = 0;
    for await (const chunk of req) {
      (chunk as Buffer).copy(body, filled);
      filled += (chunk as Buffer).length;
    }
    return filled === announced ? body : body.subarray(0, filled);
  }
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Converts a Node request into a Fetch `Request` on `origin`, with its body read in full beside it.
 * The `Request` itself carries no body: undici copies a typed-array body when it builds one, which
 * for a large upload costs as much as receiving it; the gateway takes the bytes as they are.
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
  const body = method !== 'GET' && method !== 'HEAD' ? await readBody(req) : undefined;
  return { request: new Request(`${origin}${req.url ?? '/'}`, { method, headers, signal }), body };
}
