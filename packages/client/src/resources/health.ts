import type { RequestOptions } from '../http/gateway-request';
import type { ResourceTransport } from './api-resource';
import type { Health } from './types';

/**
 * Checks that the gateway is up and which contract version it implements (Decree 47/2020 Art. 27.1).
 * Sent without authentication. A gateway down for maintenance answers 503 (`ServerError` after retries).
 */
export async function checkHealth(transport: ResourceTransport, options?: RequestOptions): Promise<Health> {
  const { data } = await transport.execute<Health>(
    { method: 'GET', group: 'health', path: '/health', anonymous: true, responseSchema: 'Health' },
    options,
  );
  return data;
}
