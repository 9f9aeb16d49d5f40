import { migrate, type SqlStore } from '@chiase/sql-store';
import type { FieldValue } from '../source/data-source';
import { PROVIDER_MIGRATION_SCOPE, PROVIDER_MIGRATIONS } from '../storage/provider-migrations';
import type { AccessGrant } from './access-grant';
import type { ManagedAccessRights } from './access-rights';

/** Access rights kept in `chiase_access_grants` (PGlite or PostgreSQL). */
export interface SqlAccessRights extends ManagedAccessRights {
  /** Adds or replaces the grant of its consumer on its service, committed when this resolves. */
  grant(grant: AccessGrant): Promise<void>;
  /** Removes the grant of `consumerId` on `serviceId`; true when there was one. */
  revoke(consumerId: string, serviceId: string): Promise<boolean>;
  /** Every grant, by consumer then service. */
  list(): Promise<AccessGrant[]>;
}

interface GrantRow {
  consumer_id: string;
  service_id: string;
  items: string[];
  row_filter: Record<string, FieldValue> | null;
  quota_per_minute: number | null;
  quota_per_day: number | null;
  purpose: string | null;
  account_id: string | null;
  valid_until: Date | null;
}

function grantOf(row: GrantRow): AccessGrant {
  const quota = {
    ...(row.quota_per_minute === null ? {} : { perMinute: row.quota_per_minute }),
    ...(row.quota_per_day === null ? {} : { perDay: row.quota_per_day }),
  };
  return {
    consumerId: row.consumer_id,
    serviceId: row.service_id,
    items: row.items,
    ...(row.row_filter === null ? {} : { rowFilter: row.row_filter }),
    ...(Object.keys(quota).length === 0 ? {} : { quota }),
    ...(row.purpose === null ? {} : { purpose: row.purpose }),
    ...(row.account_id === null ? {} : { accountId: row.account_id }),
    ...(row.valid_until === null ? {} : { validUntil: new Date(row.valid_until) }),
  };
}

const COLUMNS =
  'consumer_id, service_id, items, row_filter, quota_per_minute, quota_per_day, purpose, account_id, valid_until';

/**
 * Access rights in SQL through `@chiase/sql-store`, so grants made when connection requests are
 * accepted (Decree 47/2020 Art. 35.3, 40) survive restarts and are shared by every instance of the
 * provider on one PostgreSQL database. Every request reads its grant: a revocation applies at once.
 * Applies the provider's migrations.
 */
export async function createSqlAccessRights(settings: { store: SqlStore }): Promise<SqlAccessRights> {
  const { store } = settings;
  await migrate(store, PROVIDER_MIGRATIONS, { scope: PROVIDER_MIGRATION_SCOPE });
  return {
    async find(consumerId, serviceId) {
      const { rows } = await store.query<GrantRow>(
        `SELECT ${COLUMNS} FROM chiase_access_grants WHERE consumer_id = $1 AND service_id = $2`,
        [consumerId, serviceId],
      );
      return rows[0] === undefined ? undefined : grantOf(rows[0]);
    },
    async grant(grant) {
      await store.query(
        `INSERT INTO chiase_access_grants (${COLUMNS}, granted_at)
         VALUES ($1, $2, $3::jsonb, $4::jsonb, $5, $6, $7, $8, $9, now())
         ON CONFLICT (consumer_id, service_id) DO UPDATE SET
           items = EXCLUDED.items, row_filter = EXCLUDED.row_filter,
           quota_per_minute = EXCLUDED.quota_per_minute, quota_per_day = EXCLUDED.quota_per_day,
           purpose = EXCLUDED.purpose, account_id = EXCLUDED.account_id,
           valid_until = EXCLUDED.valid_until, granted_at = EXCLUDED.granted_at`,
        [
          grant.consumerId,
          grant.serviceId,
          JSON.stringify(grant.items),
          grant.rowFilter === undefined ? null : JSON.stringify(grant.rowFilter),
          grant.quota?.perMinute ?? null,
          grant.quota?.perDay ?? null,
          grant.purpose ?? null,
          grant.accountId ?? null,
          grant.validUntil ?? null,
        ],
      );
    },
    async revoke(consumerId, serviceId) {
      const { rows } = await store.query<{ consumer_id: string }>(
        'DELETE FROM chiase_access_grants WHERE consumer_id = $1 AND service_id = $2 RETURNING consumer_id',
        [consumerId, serviceId],
      );
      return rows.length > 0;
    },
    async list() {
      const { rows } = await store.query<GrantRow>(
        `SELECT ${COLUMNS} FROM chiase_access_grants ORDER BY consumer_id, service_id`,
      );
      return rows.map(grantOf);
    },
  };
}
