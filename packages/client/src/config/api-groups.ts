/**
 * The API groups of a gateway, named like the tags of the gateway contract
 * (`@chiase/gateway-spec`, spec/gateway.base.yaml). Each group has its own base path in a
 * {@link GatewayProfile} (`/<context>/<version>` on API-manager gateways, the tag's
 * `x-chiase-base-path` in the reference profile). The token endpoint is not a group: it is the
 * profile's `tokenPath`.
 */
export const API_GROUPS = [
  /** Data-sharing service catalogue (Decree 47/2020 Art. 24–26). */
  'services',
  /** Shared-database catalogue entries (Decree 47/2020 Art. 11.3–11.4, form Mẫu 02). */
  'databases',
  /** Open datasets and distributions (Decree 47/2020 Art. 17–21). */
  'openData',
  /** Each agency's data focal point (Decree 47/2020 Art. 7, form Mẫu 01). */
  'focalPoints',
  /** Connection requests and the provider's decision (Decree 47/2020 Art. 35, 40). */
  'connectionRequests',
  /** Common code lists (Decree 47/2020 Art. 34.1c; like the national `dmdc` API). */
  'codeLists',
  /** Master data copied into the provincial data warehouse (Decree 47/2020 Art. 34.1b). */
  'masterData',
  /** National databases: snapshots, changed-since reads, subscriptions (TT 13/2017 Art. 21). */
  'national',
  /** Invocation of a registered provider service through the gateway (Decree 47/2020 Art. 24.1, 46.1). */
  'invoke',
  /** Liveness and version (Decree 47/2020 Art. 27.1). */
  'health',
] as const;

/** One API group of a gateway; see {@link API_GROUPS}. */
export type ApiGroup = (typeof API_GROUPS)[number];
