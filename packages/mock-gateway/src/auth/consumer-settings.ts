/**
 * A connection account the mock gateway knows (Decree 47/2020 Art. 40: each consumer is identified
 * and authenticated by its own account; LGSPs issue a consumer key and secret).
 */
export interface ConsumerSettings {
  /** The consumer key (client id). */
  readonly key: string;
  /** The consumer secret. Never logged, never echoed. */
  readonly secret: string;
  /**
   * What the consumer may call: API group names (`services`, `national`…, as the spec's tags),
   * operationIds (`registerService`), or `*` for everything. Default `['*']`.
   */
  readonly permissions?: readonly string[];
  /** The consumer's agency electronic identifier (QĐ 20/2020), when it acts for an agency. */
  readonly agencyId?: string;
  /** Requests allowed per rate-limit window for this consumer, overriding the gateway's setting. */
  readonly rateLimit?: { readonly limit: number; readonly windowSeconds: number };
}

/** The consumer a gateway gets when none is configured: every permission. */
export const DEFAULT_CONSUMER: ConsumerSettings = Object.freeze({
  key: 'test-consumer',
  secret: 'test-secret',
  permissions: Object.freeze(['*']),
  agencyId: 'H12.01',
});

/** True when `consumer` may call `operationId` of API group `group`. */
export function isPermitted(consumer: ConsumerSettings, group: string, operationId: string): boolean {
  const permissions = consumer.permissions ?? ['*'];
  return permissions.includes('*') || permissions.includes(group) || permissions.includes(operationId);
}
