// Public surface of @chiase/mock-gateway. Everything not listed here is private.

export type { ConsumerSettings } from './auth/consumer-settings';
export { DEFAULT_CONSUMER } from './auth/consumer-settings';
export type { IssuedToken, TokenStore } from './auth/token-store';
export { type Clock, systemClock } from './clock/clock';
export { createManualClock, type ManualClock } from './clock/manual-clock';
export type { RateLimitSettings } from './conventions/rate-limiter';
export type { RequestLog, RequestLogEntry, RequestLogFilter } from './conventions/request-log';
export { ConnectionResetError } from './errors/connection-reset-error';
export { MockGatewayError } from './errors/mock-gateway-error';
export { MswNotInstalledError } from './errors/msw-not-installed-error';
export { MockGatewaySettingsError } from './errors/settings-error';
export { type RunningMockGateway, type StartMockGatewayOptions, startMockGateway } from './faces/http-server';
export { createMockGateway, type MockGateway } from './faces/mock-gateway';
export type { FaultKind, FaultSettings } from './faults/fault-settings';
export { sampleOpenDataset } from './fixtures/sample-open-dataset';
export { sampleServiceDescription } from './fixtures/sample-service-description';
export { DEFAULT_BASE_URL } from './gateway/gateway-core';
export type { MockGatewayOptions } from './gateway/mock-gateway-options';
export type { FieldError, Problem } from './http/problem';
export type { ProblemCode } from './http/problem-types';
export { createConsoleLogger, type LogFields, type Logger, type LogLevel } from './logging/logger';
export type { CatalogueEntry, CatalogueStore } from './state/catalogue-store';
export type { GatewayState, StoredDocument } from './state/gateway-state';
export type { ConnectionRequestRecord } from './state/connection-request-record';
export type { MasterDataRow, MasterDataWarehouse } from './state/master-data-warehouse';
export type { DistributionFile, OpenDataStore } from './state/open-data-store';
export type { ProviderHandler } from './state/provider-handler';
export { type ProviderFetch, upstreamProvider } from './state/upstream-provider';
export {
  changeNotificationSignature,
  type DeliveryOutcome,
  type StoredSubscription,
  type WebhookFetch,
  type WebhookRetrySettings,
} from './state/subscription-delivery';
