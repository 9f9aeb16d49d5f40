// Public surface of @chiase/provider. Everything not listed here is private.

// --- the provider (Fetch API core) ---
export { createProvider, type Provider } from './core/create-provider';
export type { ProviderSettings } from './core/provider-settings';
export type { ServiceBinding } from './service/service-binding';
export type { MessageFormat } from './service/content-negotiation';

// --- data sources ---
export type {
  DataSource,
  FieldValue,
  SourceFilter,
  SourceListQuery,
  SourceRecord,
} from './source/data-source';
export { functionSource, type RecordLoader } from './source/function-source';
export { type SqlTableSourceSettings, sqlTableSource } from './source/sql-table-source';

// --- consumer authentication ---
export type { ClientCertificate, Consumer, ConsumerAuthenticator, RequestContext } from './auth/consumer';
export { type JwtAuthenticatorSettings, jwtAuthenticator } from './auth/jwt-authenticator';
export { type MtlsAuthenticatorSettings, mtlsAuthenticator } from './auth/mtls-authenticator';
export type { VerifiedTokenCacheSettings } from './auth/verified-token-cache';

// --- access rights and quotas ---
export type { AccessGrant, Quota } from './access/access-grant';
export {
  type AccessRights,
  createMemoryAccessRights,
  type ManagedAccessRights,
  type MemoryAccessRights,
} from './access/access-rights';
export { createSqlAccessRights, type SqlAccessRights } from './access/sql-access-rights';
export { createMemoryQuotaCounter, type QuotaCounter, type QuotaDecision } from './access/quota-counter';

// --- the sharing log (Decree 47/2020 Art. 45) ---
export type {
  SharingLog,
  SharingLogRecord,
  SharingOutcome,
  StoredSharingLogRecord,
} from './log/sharing-log-record';
export { createSqlSharingLog, type SqlSharingLog, type SqlSharingLogSettings } from './log/sql-sharing-log';
export { PROVIDER_MIGRATION_SCOPE, PROVIDER_MIGRATIONS } from './storage/provider-migrations';
export {
  type SharingLogProblem,
  type SharingLogVerification,
  type VerifySharingLogOptions,
  verifySharingLog,
} from './log/verify-sharing-log';
export {
  type SharingUsageLine,
  type SharingUsagePeriod,
  sharingUsageReport,
} from './log/sharing-usage-report';

// --- publication, downtime notices, connection requests (Decree 47/2020 Art. 25, 35, 43) ---
export { publishServices } from './publication/publish-services';
export { type AnnounceDowntimeOptions, announcePlannedDowntime } from './publication/planned-downtime-notice';
export {
  type ConnectionRequestDeadline,
  connectionRequestDeadline,
} from './publication/connection-request-deadline';
export {
  type Acceptance,
  acceptConnectionRequest,
  type ConnectionRequestOptions,
  type PendingConnectionRequest,
  pendingConnectionRequests,
  type Refusal,
  refuseConnectionRequest,
} from './publication/connection-requests';

// --- adapters ---
export { createNodeHandler, type NodeHandler } from './adapters/node-handler';
export { providerMiddleware } from './adapters/express-middleware';

// --- errors ---
export { ProviderError, type ProviderErrorOptions } from './errors/provider-error';
export { ProviderConfigurationError } from './errors/provider-configuration-error';
export { RequestRejectedError, type RequestRejectedOptions } from './errors/request-rejected-error';
