import type { AssertionSigner } from '../auth/assertion-signer';
import type { ConsumerSettings } from '../auth/consumer-settings';
import { TokenStore } from '../auth/token-store';
import type { Clock } from '../clock/clock';
import { type CodeList, codeListFixtures } from '../fixtures/code-list-fixtures';
import { CatalogueStore } from './catalogue-store';
import type { ConnectionRequestRecord } from './connection-request-record';
import { MasterDataWarehouse } from './master-data-warehouse';
import { NationalDatabase } from './national-database';
import { OpenDataStore } from './open-data-store';
import type { ProviderHandler } from './provider-handler';
import { STATE_SNAPSHOT_VERSION, type StateSnapshot } from './state-snapshot';
import {
  type DeliveryOutcome,
  deliverSubscriptionChanges,
  type StoredSubscription,
  type WebhookFetch,
  type WebhookRetrySettings,
} from './subscription-delivery';

/** A document stored in a catalogue: a JSON object as the consumer sent it (after validation). */
export type StoredDocument = Record<string, unknown>;

/** Settings the state is built from. */
export interface GatewayStateSettings {
  readonly clock: Clock;
  readonly consumers: readonly ConsumerSettings[];
  readonly tokenLifetimeSeconds: number;
  readonly seed: number;
  /** Person records in the population database fixture. */
  readonly nationalRecords: number;
  /** Provider systems behind services, by service id. */
  readonly providers?: Readonly<Record<string, ProviderHandler>>;
  /** How long `invoke.call` waits for a provider, in ms. */
  readonly providerTimeoutMs?: number;
  /** Master-data entities of the warehouse. */
  readonly masterDataEntities?: readonly string[];
  /** How change notifications reach subscribers' callbacks. Default: the global `fetch`. */
  readonly webhookFetch?: WebhookFetch;
  /** Retries of a refused or unanswered change notification within one round. */
  readonly webhookRetry?: WebhookRetrySettings;
  /** Signs the consumer assertions forwarded to providers (`X-JWT-Assertion`); kept across resets. */
  readonly assertionSigner: AssertionSigner;
}

/**
 * Everything the mock gateway holds in memory. Tests may read it and change it directly (e.g. seed a
 * catalogue entry, revoke tokens) to set up a scenario.
 */
export class GatewayState {
  /** Connection accounts by consumer key. */
  readonly consumers: Map<string, ConsumerSettings>;
  /** Issued access tokens. */
  readonly tokens: TokenStore;
  /** The data-sharing services catalogue (Decree 47/2020 Art. 24–26), by service identifier. */
  readonly services: CatalogueStore<StoredDocument>;
  /** The shared-database catalogue (Decree 47/2020 Art. 11.4), by gateway-assigned id. */
  readonly databases: CatalogueStore<StoredDocument>;
  /** Why and when each withdrawn service was withdrawn (Decree 47/2020 Art. 44.1), by service id. */
  readonly serviceWithdrawals = new Map<string, { reason: string; effectiveAt: string }>();
  /** Common code lists (Decree 47/2020 Art. 34.1c) by category code: provinces (TINH), ethnic groups (DANTOC). */
  readonly codeLists: Map<string, CodeList>;
  /** The population database (`dancu`, entity `citizens`), with its change feed and change generator. */
  readonly national: NationalDatabase;
  /** Push subscriptions (TT 13/2017 Art. 21.4b) by id, with their owner and HMAC secret. */
  readonly subscriptions = new Map<string, StoredSubscription>();
  /** Focal points (Decree 47/2020 Art. 7), by agency e-ID. */
  readonly focalPoints: CatalogueStore<StoredDocument>;
  /** Open datasets, their distributions and uploaded files (Decree 47/2020 Art. 17–21). */
  readonly openData: OpenDataStore;
  /** Connection requests (Decree 47/2020 Art. 35) with their deadlines and decisions, by id. */
  readonly connectionRequests = new Map<string, ConnectionRequestRecord>();
  /** The provincial master-data warehouse (Phú Yên plan §2.2), by entity. */
  readonly masterData: MasterDataWarehouse;
  /** Provider systems behind registered services, by service id (`invoke.call`). */
  readonly providers: Map<string, ProviderHandler>;
  private sequence = 0;

  constructor(readonly settings: GatewayStateSettings) {
    this.consumers = new Map(settings.consumers.map((c) => [c.key, c]));
    this.tokens = new TokenStore(settings.clock, settings.tokenLifetimeSeconds);
    this.services = new CatalogueStore(settings.clock);
    this.databases = new CatalogueStore(settings.clock);
    this.codeLists = codeListFixtures();
    this.national = new NationalDatabase(settings.clock, settings.seed, settings.nationalRecords);
    this.focalPoints = new CatalogueStore(settings.clock);
    this.openData = new OpenDataStore(settings.clock);
    this.masterData = new MasterDataWarehouse(settings.masterDataEntities ?? ['citizens', 'enterprises']);
    this.providers = new Map(Object.entries(settings.providers ?? {}));
  }

  /**
   * Pushes the changes each push subscription has not acknowledged yet to its callback, signed, in
   * order (the spec's `nationalChanges` webhook). Call it after `national.generateChanges(n)`; a refused
   * batch is retried with backoff (`webhookRetry`), and if still refused sent again on the next call.
   * The standalone server calls it every second.
   */
  deliverChanges(): Promise<DeliveryOutcome[]> {
    const send = this.settings.webhookFetch ?? ((request: Request) => fetch(request));
    return deliverSubscriptionChanges(
      this.subscriptions.values(),
      this.national,
      this.settings.clock,
      send,
      this.settings.webhookRetry,
    );
  }

  /** Everything agencies wrote through the API, as plain JSON (see {@link StateSnapshot}). */
  toSnapshot(): StateSnapshot {
    return structuredClone({
      version: STATE_SNAPSHOT_VERSION,
      sequence: this.sequence,
      services: this.services.list(),
      serviceWithdrawals: [...this.serviceWithdrawals],
      databases: this.databases.list(),
      focalPoints: this.focalPoints.list(),
      openData: this.openData.toSnapshot(),
      connectionRequests: [...this.connectionRequests.values()],
      masterData: this.masterData.toSnapshot(),
      subscriptions: [...this.subscriptions.values()],
    });
  }

  /** Puts back a snapshot taken by {@link toSnapshot} (on a fresh state). */
  restoreSnapshot(snapshot: StateSnapshot): void {
    this.sequence = Math.max(this.sequence, snapshot.sequence);
    for (const entry of snapshot.services) this.services.restore(entry);
    for (const [id, withdrawal] of snapshot.serviceWithdrawals) this.serviceWithdrawals.set(id, withdrawal);
    for (const entry of snapshot.databases) this.databases.restore(entry);
    for (const entry of snapshot.focalPoints) this.focalPoints.restore(entry);
    this.openData.restoreSnapshot(snapshot.openData);
    for (const record of snapshot.connectionRequests) this.connectionRequests.set(record.id, record);
    this.masterData.restoreSnapshot(snapshot.masterData);
    for (const subscription of snapshot.subscriptions)
      this.subscriptions.set(subscription.subscription.id, subscription);
  }

  /** A new id for a gateway-assigned resource, e.g. `db-000001`. Ids are never reused. */
  nextId(prefix: string): string {
    this.sequence += 1;
    return `${prefix}-${String(this.sequence).padStart(6, '0')}`;
  }
}
