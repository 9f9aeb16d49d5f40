import type { FieldValue } from '../source/data-source';

/** Request limits of one consumer on one service. */
export interface Quota {
  /** Requests per minute (fixed window). Default: no limit. */
  perMinute?: number;
  /**
   * Requests per day (fixed window, a Vietnamese calendar day, UTC+7). Default: the service's
   * published `capacity.requestsPerDay` (Decree 47/2020 Art. 23.4), else no limit.
   */
  perDay?: number;
}

/**
 * What one consumer may do with one service: the rights of its connection account (Decree 47/2020
 * Art. 40) on the terms agreed (Art. 35.2, 38). Without a grant a consumer gets nothing (default deny).
 */
export interface AccessGrant {
  /** The consumer's agency e-ID (QĐ 20/2020/QĐ-TTg), e.g. `H47.22`. */
  consumerId: string;
  /** The service granted. */
  serviceId: string;
  /**
   * The data items agreed (Decree 47/2020 Art. 35.2d, 38.2): every other item is removed from the
   * records answered, and cannot be filtered on.
   */
  items: readonly string[];
  /**
   * Conditions every record shared meets, e.g. `{ maTinh: '91' }`: only the consumer's own province
   * (Art. 38.7 conditions and limits of use). Applied to list, get and count.
   */
  rowFilter?: Readonly<Record<string, FieldValue>>;
  /** Request limits. */
  quota?: Quota;
  /** The purpose agreed (Art. 35.2c), recorded in the sharing log and the annual usage report. */
  purpose?: string;
  /** The connection account (Art. 40) this grant belongs to. */
  accountId?: string;
  /** The grant ends at this instant (Art. 38.4 duration of the agreement). Default: no end. */
  validUntil?: Date;
}
