import type { Migration } from '@chiase/sql-store';

/** The `migrate` scope of the provider's tables. */
export const PROVIDER_MIGRATION_SCOPE = 'provider';

/**
 * The provider's schema: the hash-chained sharing log (Decree 47/2020 Art. 45) and the consumers'
 * access grants (Art. 38, 40). Never edit a migration; add one.
 */
export const PROVIDER_MIGRATIONS: readonly Migration[] = [
  {
    id: '0001_create_sharing_log',
    up: `CREATE TABLE chiase_sharing_log (
  seq bigint PRIMARY KEY,
  requested_at timestamptz NOT NULL,
  provided_at timestamptz,
  form text NOT NULL,
  consumer_id text,
  service_id text NOT NULL,
  operation text NOT NULL,
  parameters jsonb NOT NULL,
  purpose text,
  request_id text,
  http_status integer NOT NULL,
  outcome text NOT NULL,
  record_count integer,
  item_codes jsonb,
  data_sha256 text,
  prev_hash text NOT NULL,
  entry_hash text NOT NULL
);
CREATE INDEX chiase_sharing_log_requested_at ON chiase_sharing_log (requested_at);
CREATE INDEX chiase_sharing_log_entry_hash ON chiase_sharing_log (entry_hash);`,
  },
  {
    id: '0002_create_access_grants',
    up: `CREATE TABLE chiase_access_grants (
  consumer_id text NOT NULL,
  service_id text NOT NULL,
  items jsonb NOT NULL,
  row_filter jsonb,
  quota_per_minute integer,
  quota_per_day integer,
  purpose text,
  account_id text,
  valid_until timestamptz,
  granted_at timestamptz NOT NULL,
  PRIMARY KEY (consumer_id, service_id)
);`,
  },
];
