import type { AccessRights } from '../access/access-rights';
import type { QuotaCounter } from '../access/quota-counter';
import type { ConsumerAuthenticator } from '../auth/consumer';
import type { SharingLog } from '../log/sharing-log-record';
import type { ServiceBinding } from '../service/service-binding';

/** Settings of {@link createProvider}. */
export interface ProviderSettings {
  /** The services to serve, each a description with its source. */
  services: readonly ServiceBinding[];
  /**
   * How consumers authenticate, tried in order until one finds its credential (e.g. a JWT, then a
   * client certificate). A request none authenticates is refused with 401, unless the endpoint's
   * published authentication is `none` (Decree 47/2020 Art. 40.1).
   */
  authenticators: readonly ConsumerAuthenticator[];
  /** Consumers' rights. A consumer without a grant on a service is refused (default deny). */
  accessRights: AccessRights;
  /** Where every request is recorded (Decree 47/2020 Art. 45); see `createSqlSharingLog`. */
  sharingLog: SharingLog;
  /** Counts requests against quotas. Default: in memory, per process. */
  quotaCounter?: QuotaCounter;
  /**
   * Seals paging cursors (AES-256-GCM). Default: a random secret per process; give one shared by
   * every instance behind a load balancer. Environment: none (pass it from your secret store).
   */
  cursorSecret?: string | Uint8Array;
  /** Prefix of the health and OpenAPI paths. Default `/.well-known/chiase`. */
  wellKnownPath?: string;
  /** The clock. Default `() => new Date()`. */
  now?: () => Date;
  /**
   * Called with errors the consumer is not shown (a source or the log failing). Default:
   * `console.error`. Never receives credentials.
   */
  onError?: (error: unknown) => void;
}
