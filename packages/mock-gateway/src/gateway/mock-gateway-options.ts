import type { ConsumerSettings } from '../auth/consumer-settings';
import type { Clock } from '../clock/clock';
import type { RateLimitSettings } from '../conventions/rate-limiter';
import type { FaultSettings } from '../faults/fault-settings';
import type { Logger } from '../logging/logger';
import type { ProviderHandler } from '../state/provider-handler';
import type { WebhookFetch, WebhookRetrySettings } from '../state/subscription-delivery';
import type { ProviderFetch } from '../state/upstream-provider';

/** How a mock gateway behaves. Every field is optional. */
export interface MockGatewayOptions {
  /**
   * Base URL the gateway answers on (msw face). Default `https://gateway.test`. A path in it
   * (`https://gw.test/lgsp`) is a prefix every route sits under.
   */
  readonly baseUrl?: string;
  /** Connection accounts. Default: one consumer `test-consumer` / `test-secret` with every permission. */
  readonly consumers?: readonly ConsumerSettings[];
  /** Lifetime of access tokens in seconds (`expires_in`). Default 3600, as on WSO2-based gateways. */
  readonly tokenLifetimeSeconds?: number;
  /** The time source; pass `createManualClock()` for fake time. Default: the system clock. */
  readonly clock?: Clock;
  /** Seed of faults and fixtures: the same seed gives the same faults and the same data. Default 1. */
  readonly seed?: number;
  /** Simulated faults. Default: none. */
  readonly faults?: FaultSettings;
  /** Per-consumer rate limit (fixed window). Default: none. */
  readonly rateLimit?: RateLimitSettings;
  /** How long an `Idempotency-Key` is remembered, in seconds. Default 86,400 (the spec's "at least 24 hours"). */
  readonly idempotencyTtlSeconds?: number;
  /** Number of person records in the national database fixture. Default 2,000. */
  readonly nationalRecords?: number;
  /**
   * Largest request body accepted, in bytes (a file upload or a batch). A larger one is answered 413
   * (`payload-too-large`) without being kept: the Node face does not read a body whose
   * `Content-Length` is over the limit. Default 2 GiB; at most the largest Node buffer.
   */
  readonly maxBodyBytes?: number;
  /** Entries kept in the request log. Default 10,000. */
  readonly requestLogCapacity?: number;
  /** Where the gateway logs. Default: warnings and errors to stderr. */
  readonly logger?: Logger;
  /**
   * The provider systems behind registered services, by service id: `invoke.call` relays to them
   * (Decree 47/2020 Art. 24.1). Tests may also add them later with `state.providers.set(id, handler)`.
   */
  readonly providers?: Readonly<Record<string, ProviderHandler>>;
  /**
   * Provider systems reached over the network, by service id: base URLs the operation's path is appended
   * to (`{ dkdn: 'http://127.0.0.1:8080/api' }`). A handler in `providers` for the same id wins.
   */
  readonly providerUpstreams?: Readonly<Record<string, string>>;
  /** How `providerUpstreams` are called. Default: the global `fetch`. */
  readonly providerFetch?: ProviderFetch;
  /** How long `invoke.call` waits for a provider before answering 504, in ms. Default 10,000. */
  readonly providerTimeoutMs?: number;
  /** How change notifications reach subscribers' callbacks (`state.deliverChanges()`). Default: `fetch`. */
  readonly webhookFetch?: WebhookFetch;
  /** Retries of a refused or unanswered change notification within one delivery round. Default: 3 attempts, 500 ms doubling, 10 s timeout. */
  readonly webhookRetry?: WebhookRetrySettings;
  /** The master-data entities the warehouse holds (`masterData.*`). Default `citizens` and `enterprises`. */
  readonly masterDataEntities?: readonly string[];
}
