// Public surface of @chiase/client. Everything not listed here is private.

// --- authentication strategies ---
export type {
  AuthContext,
  AuthStrategy,
  AuthStrategyFactory,
  Credentials,
  TokenRequest,
} from './auth/auth-strategy';
export { type ClientCredentialsSettings, clientCredentials } from './auth/client-credentials';
export {
  type CustomTokenAnswer,
  type CustomTokenEndpointSettings,
  customTokenEndpoint,
  readCustomTokenAnswer,
} from './auth/custom-token-endpoint';
export { type StaticTokenSettings, staticToken } from './auth/static-token';
export { API_GROUPS, type ApiGroup } from './config/api-groups';
export type { GatewayClientSettings } from './config/client-settings';
export { CLIENT_VERSION } from './config/client-version';
export {
  type CaBundle,
  type CredentialPlacement,
  GATEWAY_PROFILE_NAMES,
  type GatewayProfile,
  type GatewayProfileInput,
  type GatewayProfileName,
  referenceProfile,
  resolveGatewayProfile,
} from './config/gateway-profile';
export { ENVIRONMENT_VARIABLES, gatewaySettingsFromEnv } from './config/settings-from-env';
// --- errors ---
export { ConfigurationError } from './errors/configuration-error';
export { GatewayError, type GatewayErrorJson } from './errors/gateway-error';
export { InvalidResponseError, ResponseValidationError } from './errors/response-errors';
export {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  NotFoundError,
  PermissionDeniedError,
  PreconditionFailedError,
  RateLimitError,
  ServerError,
  UnprocessableError,
} from './errors/status-errors';
export { AbortedError, ConnectionError, TimeoutError } from './errors/transport-errors';
// --- the client ---
export { type CreateGatewayClientOptions, createGatewayClient, GatewayClient } from './gateway-client';
export type {
  AfterResponseContext,
  BeforeRequestContext,
  BeforeRetryContext,
  ClientHooks,
  RetryReason,
} from './http/client-hooks';
// --- requests, hooks, logging ---
export type {
  GatewayRequest,
  HttpMethod,
  QueryValue,
  RawResponse,
  RequestOptions,
  WithResponse,
} from './http/gateway-request';
export type { HttpTransport, IncomingResponse, OutgoingRequest } from './http/http-transport';
export type { FieldError, ProblemDetails } from './http/problem-details';
export type { ResponseValidator } from './http/response-validator';
export type { BackoffSettings } from './http/retry-policy';
export type { GatewayLogger, LogFields, LogLevel } from './logging/gateway-logger';
export { REDACTED } from './logging/redactor';

// --- paging ---
export type { CursorPage, CursorParams } from './pagination/cursor-page';
export { PagePromise } from './pagination/page-promise';

// --- resources ---
export type { WriteOptions } from './resources/api-resource';
export { signChangeNotification, verifyChangeNotification } from './resources/change-notification-signature';
export type {
  CodeListCategoriesParams,
  CodeListFormat,
  CodeListItemsParams,
  CodeLists,
} from './resources/code-lists';
export type { ConnectionRequests, ListConnectionRequestsParams } from './resources/connection-requests';
export type { Databases, ListDatabasesParams } from './resources/databases';
export type { FocalPoints, ListFocalPointsParams } from './resources/focal-points';
export type { InvokeRequest } from './resources/invoke';
export type { MasterData } from './resources/master-data';
export type { National, NationalChangesParams } from './resources/national';
export type {
  DownloadedFile,
  ListDatasetsParams,
  OpenData,
  UploadedDistribution,
  UploadOptions,
} from './resources/open-data';
export type { ListServicesParams, Services } from './resources/services';
export type {
  CodeListCategory,
  CodeListItem,
  CodeListItemPage,
  ConnectionDecision,
  ConnectionRequest,
  ConnectionRequestEntry,
  ConnectionRequestStatus,
  DatabaseCatalogueEntry,
  DatabaseEntry,
  DatasetEntry,
  DatasetReview,
  Distribution,
  DistributionEntry,
  FocalPoint,
  FocalPointEntry,
  Health,
  JsonWebKeySet,
  MasterDataDeleteResult,
  MasterDataRecord,
  MasterDataUpsertResult,
  NationalChange,
  NationalChangeNotification,
  NationalChangePage,
  NationalRecord,
  NationalSnapshotPage,
  NationalSubscription,
  NationalSubscriptionRequest,
  OpenDataset,
  Page,
  ServiceDescription,
  ServiceEntry,
  ServiceWithdrawal,
} from './resources/types';
