import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { FieldValue } from '../source/data-source';

/** Turns the last key of a page into an opaque cursor and back. */
export interface CursorCodec {
  /** The cursor after `key` in service `serviceId`. */
  encode(serviceId: string, key: FieldValue): string;
  /** The key a cursor carries, or undefined when it is not one of ours (forged, other service, stale secret). */
  decode(serviceId: string, cursor: string): FieldValue | undefined;
}

/**
 * Cursors sealed with AES-256-GCM: a consumer can neither read the key inside (it may be an item it
 * was not granted) nor forge one. With no `secret`, a random one per process: cursors then stop
 * working when the process restarts or on another instance; give a shared secret to avoid that.
 */
export function createCursorCodec(secret?: string | Uint8Array): CursorCodec {
  const key = secret === undefined ? randomBytes(32) : createHash('sha256').update(secret).digest();
  return {
    encode(serviceId, value) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(serviceId));
      const body = Buffer.concat([cipher.update(JSON.stringify([value]), 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
    },
    decode(serviceId, cursor) {
      try {
        const bytes = Buffer.from(cursor, 'base64url');
        if (bytes.length < 29) return undefined;
        const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12));
        decipher.setAAD(Buffer.from(serviceId));
        decipher.setAuthTag(bytes.subarray(12, 28));
        const text = Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
        const [value] = JSON.parse(text) as [unknown];
        return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
          ? value
          : undefined;
      } catch {
        return undefined;
      }
    },
  };
}
