import type { Migration } from '@chiase/sql-store';

/** The `migrate` scope of the provider's tables. */
export const PROVIDER_MIGRATION_SCOPE = 'provider';

/** The provider's schema: the hash-chained sharing log (Decree 47/2020 Art. 45). Never edit; add. */
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
];
