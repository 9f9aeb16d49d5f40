import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { PrereadBody } from '../gateway/gateway-core';

/**
 * Reads a request body whole, hashing it as it arrives: into one buffer of the announced
 * `Content-Length`, else by chunks. A large upload is thus neither copied again nor hashed in a
 * second pass once it has arrived (Node's parser never delivers more than `Content-Length`; fewer
 * bytes mean the client went away mid-body). A body over `limit` is not kept: one announced so is not
 * read at all (Node discards it once the 413 is answered), one sent in chunks is read to its end and
 * dropped.
 */
async function readBody(req: IncomingMessage, limit: number): Promise<PrereadBody> {
  const hash = createHash('sha256');
  const announced = Number(req.headers['content-length']);
  if (Number.isSafeInteger(announced) && announced > limit) return { tooLarge: true, size: announced };
  if (Number.isSafeInteger(announced) && announced > 0) {
    const body = Buffer.allocUnsafe(announced);
    let filled = 0;
    for await (const chunk of req) {
      hash.update(chunk as Buffer);
      (chunk as Buffer).copy(body, filled);
      filled += (chunk as Buffer).length;
    }
    return { bytes: filled === announced ? body : body.subarray(0, filled), sha256: hash.digest('hex') };
  }
  const chunks: Buffer[] = [];
  let received = 0;
  for await (const chunk of req) {
    received += (chunk as Buffer).length;
    if (received > limit) {
      chunks.length = 0;
      continue;
    }
    hash.update(chunk as Buffer);
    chunks.push(chunk as Buffer);
  }
  if (received > limit) return { tooLarge: true, size: received };
  return { bytes: Buffer.concat(chunks), sha256: hash.digest('hex') };
}

/**
 * Converts a Node request into a Fetch `Request` on `origin`, with its body read in full beside it.
 * The `Request` itself carries no body: undici copies a typed-array body when it builds one, which
 * for a large upload costs as much as receiving it; the gateway takes the bytes as they are. A body
 * over `maxBodyBytes` comes back as `{ tooLarge }` instead.
 */
export async function toFetchRequest(
  req: IncomingMessage,
  origin: string,
  signal: AbortSignal,
  maxBodyBytes: number,
): Promise<{ request: Request; body: PrereadBody | undefined }> {
  const headers = new Headers();
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    headers.append(req.rawHeaders[i] as string, req.rawHeaders[i + 1] as string);
  }
  const method = (req.method ?? 'GET').toUpperCase();
  const body = method !== 'GET' && method !== 'HEAD' ? await readBody(req, maxBodyBytes) : undefined;
  return { request: new Request(`${origin}${req.url ?? '/'}`, { method, headers, signal }), body };
}
