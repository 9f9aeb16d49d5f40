import type { CatalogueEntry } from './catalogue-store';
import type { ConnectionRequestRecord } from './connection-request-record';
import type { StoredDocument } from './gateway-state';
import type { MasterDataRow } from './master-data-warehouse';
import type { OpenDataSnapshot } from './open-data-store';
import type { StoredSubscription } from './subscription-delivery';

/** Version of the {@link StateSnapshot} layout; a saved snapshot of another version is not loaded. */
export const STATE_SNAPSHOT_VERSION = 1;

/**
 * What the mock gateway keeps across restarts when it is persisted: everything agencies wrote through
 * the API. Not kept: tokens (clients fetch new ones), the idempotency store, the request log, and the
 * national database (regenerated from the seed).
 */
export interface StateSnapshot {
  readonly version: typeof STATE_SNAPSHOT_VERSION;
  readonly sequence: number;
  readonly services: CatalogueEntry<StoredDocument>[];
  readonly serviceWithdrawals: Array<[string, { reason: string; effectiveAt: string }]>;
  readonly databases: CatalogueEntry<StoredDocument>[];
  readonly focalPoints: CatalogueEntry<StoredDocument>[];
  readonly openData: OpenDataSnapshot;
  readonly connectionRequests: ConnectionRequestRecord[];
  readonly masterData: Record<string, Array<[string, MasterDataRow]>>;
  readonly subscriptions: StoredSubscription[];
}
