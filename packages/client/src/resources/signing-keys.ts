import type { RequestOptions } from '../http/gateway-request';
import type { ResourceTransport } from './api-resource';
import type { JsonWebKeySet } from './types';

/**
 * The gateway's public signing keys (spec `auth.keys`), sent without authentication: what a provider
 * verifies the consumer assertion (`X-JWT-Assertion`) of a relayed call with (Decree 47/2020 Art. 40.1).
 */
export async function fetchSigningKeys(
  transport: ResourceTransport,
  jwksPath: string,
  options?: RequestOptions,
): Promise<JsonWebKeySet> {
  const { data } = await transport.execute<JsonWebKeySet>(
    { method: 'GET', path: jwksPath, anonymous: true, responseSchema: 'JsonWebKeySet' },
    options,
  );
  return data;
}
