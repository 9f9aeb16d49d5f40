import type { SqlExecutor } from '@chiase/sql-store';

/** One line of the usage report: one consumer, service and purpose. */
export interface SharingUsageLine {
  /** The consumer's e-ID; null for requests that could not be authenticated. */
  consumerId: string | null;
  /** The service. */
  serviceId: string;
  /** The purpose agreed; null when none was recorded. */
  purpose: string | null;
  /** Requests received. */
  requests: number;
  /** Requests met. */
  fulfilled: number;
  /** Requests refused (authentication, rights, quota, bad request). */
  refused: number;
  /** Requests failed on the provider's side. */
  failed: number;
  /** Records shared in all. */
  records: number;
  /** The first and last request in the period. */
  firstRequestAt: Date;
  /** The last request in the period. */
  lastRequestAt: Date;
}

/** The period of a report: `from` included, `to` excluded. */
export interface SharingUsagePeriod {
  /** Start (included). */
  from: Date;
  /** End (excluded). */
  to: Date;
}

interface UsageRow {
  consumer_id: string | null;
  service_id: string;
  purpose: string | null;
  requests: string | number;
  fulfilled: string | number;
  refused: string | number;
  failed: string | number;
  records: string | number;
  first_at: Date;
  last_at: Date;
}

/**
 * Usage of the provider's services per consumer, service and purpose over a period, from the sharing
 * log: the data the annual assessment needs on sharing, users and purposes (Decree 47/2020 Art.
 * 16.2d–đ, report before 31 December, Art. 16.4).
 */
export async function sharingUsageReport(
  store: SqlExecutor,
  period: SharingUsagePeriod,
): Promise<SharingUsageLine[]> {
  const { rows } = await store.query<UsageRow>(
    `SELECT consumer_id, service_id, purpose,
            count(*) AS requests,
            count(*) FILTER (WHERE outcome IN ('fulfilled', 'partial')) AS fulfilled,
            count(*) FILTER (WHERE outcome = 'refused') AS refused,
            count(*) FILTER (WHERE outcome = 'failed') AS failed,
            coalesce(sum(record_count), 0) AS records,
            min(requested_at) AS first_at, max(requested_at) AS last_at
       FROM chiase_sharing_log
      WHERE requested_at >= $1 AND requested_at < $2
      GROUP BY consumer_id, service_id, purpose
      ORDER BY consumer_id NULLS LAST, service_id, purpose NULLS LAST`,
    [period.from, period.to],
  );
  return rows.map((row) => ({
    consumerId: row.consumer_id,
    serviceId: row.service_id,
    purpose: row.purpose,
    requests: Number(row.requests),
    fulfilled: Number(row.fulfilled),
    refused: Number(row.refused),
    failed: Number(row.failed),
    records: Number(row.records),
    firstRequestAt: row.first_at,
    lastRequestAt: row.last_at,
  }));
}
