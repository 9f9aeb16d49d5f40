import { type GatewayClient, NotFoundError, type ServiceEntry } from '@chiase/client';
import type { Provider } from '../core/create-provider';

/**
 * Registers or updates every description the provider serves in the gateway's catalogue (Decree
 * 47/2020 Art. 25.1: publish within 1 working day of accepting connections; Art. 25.2: update on
 * every change). An existing entry is replaced with `If-Match` on the ETag just read, so a concurrent
 * change made in the catalogue is not silently overwritten (the client throws
 * `PreconditionFailedError`). Call it on start and after `updateDescription`.
 */
export async function publishServices(
  provider: Provider,
  client: GatewayClient,
  options: { signal?: AbortSignal } = {},
): Promise<ServiceEntry[]> {
  const entries: ServiceEntry[] = [];
  const request = options.signal === undefined ? {} : { signal: options.signal };
  for (const description of provider.descriptions()) {
    let etag: string | undefined;
    try {
      etag = (await client.services.get(description.id, request)).etag;
    } catch (error) {
      if (!NotFoundError.isInstance(error)) throw error;
    }
    const entry = await client.services.put(
      description as Parameters<GatewayClient['services']['put']>[0],
      etag === undefined ? request : { ...request, ifMatch: etag },
    );
    entries.push(entry);
  }
  return entries;
}
