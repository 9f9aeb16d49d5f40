import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The `X-Chiase-Signature` of a pushed change batch: `sha256=` and the lower-case hex HMAC-SHA256
 * of the raw body keyed with the subscription's secret (gateway contract, `national.changesPushed`).
 */
export function signChangeNotification(rawBody: string | Uint8Array, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(rawBody).digest('hex')}`;
}

/**
 * True when `signature` (the `X-Chiase-Signature` header) is the HMAC of exactly `rawBody` under
 * `secret`. Compare before parsing the body, in constant time; reject the delivery otherwise.
 */
export function verifyChangeNotification(
  rawBody: string | Uint8Array,
  signature: string | null | undefined,
  secret: string,
): boolean {
  if (typeof signature !== 'string' || !/^sha256=[0-9a-f]{64}$/.test(signature)) return false;
  const expected = Buffer.from(signChangeNotification(rawBody, secret));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
