import type { Agent as HttpsAgent } from 'node:https';
import { ConfigurationError } from '../errors/configuration-error';
import { API_GROUPS, type ApiGroup } from './api-groups';

/** Where the consumer key and secret go in a token request: HTTP Basic, or `client_id`/`client_secret` form fields. */
export type CredentialPlacement = 'basic' | 'form';

/** A CA certificate (PEM) or several; added to Node's trusted roots, never replacing them. */
export type CaBundle = string | Buffer | readonly (string | Buffer)[];

/**
 * What differs between gateway deployments (DESIGN.md, "The gateway contract"). A new platform
 * (another province's LGSP, the NDOP) is a new profile, not new client code.
 */
export interface GatewayProfile {
  /** Name for logs and errors, e.g. `reference`. */
  readonly name: string;
  /** Path (from the gateway URL) or absolute URL of the OAuth2 token endpoint. Reference: `/token`. */
  readonly tokenPath: string;
  /**
   * Path or absolute URL of the gateway's public signing keys (JWKS), which verify the consumer
   * assertions it forwards to providers. Reference: `/jwks`.
   */
  readonly jwksPath: string;
  /** Where client credentials go in the token request. Reference: `basic`. */
  readonly credentialPlacement: CredentialPlacement;
  /** OAuth2 `scope` requested with client credentials; omitted from the request when undefined. */
  readonly scope: string | undefined;
  /** Base path of each API group, joined to the gateway URL (`/<context>/<version>` on WSO2-style gateways). */
  readonly basePaths: Readonly<Record<ApiGroup, string>>;
  /** Extra headers sent with every call (not with token requests). Default: none. */
  readonly headers: Readonly<Record<string, string>>;
  /**
   * CA certificates (PEM) to trust in addition to Node's roots, for gateways whose certificates come
   * from a national CA. Default: none. Certificate checks are never turned off.
   */
  readonly ca: CaBundle | undefined;
  /** A custom https agent (client certificates, proxies). Takes precedence over `ca`. Default: none. */
  readonly httpsAgent: HttpsAgent | undefined;
  /** The User-Agent sent with every request. Default: `chiase-client/<version> node/<version>`. */
  readonly userAgent: string | undefined;
}

/** The names of the built-in profiles that `CHIASE_PROFILE` may name. */
export type GatewayProfileName = 'reference' | 'reference-form';

/** A profile given as changes to a built-in one; every member is optional. */
export interface GatewayProfileInput {
  /** The built-in profile this one changes. Default: `reference`. */
  extends?: GatewayProfileName;
  /** Name for logs and errors. Default: the name of the profile extended, with `+custom`. */
  name?: string;
  /** Path or absolute URL of the token endpoint. Default: from the profile extended. */
  tokenPath?: string;
  /** Path or absolute URL of the signing keys (JWKS). Default: from the profile extended. */
  jwksPath?: string;
  /** Where client credentials go in the token request. Default: from the profile extended. */
  credentialPlacement?: CredentialPlacement;
  /** OAuth2 scope to request. Default: from the profile extended (none in the reference profile). */
  scope?: string;
  /** Base paths to change, by API group; the others keep the extended profile's. */
  basePaths?: Partial<Record<ApiGroup, string>>;
  /** Extra headers for every call, added to the extended profile's. Default: none. */
  headers?: Record<string, string>;
  /** CA certificates (PEM) to trust in addition to Node's roots. Default: none. */
  ca?: CaBundle;
  /** A custom https agent; takes precedence over `ca`. Default: none. */
  httpsAgent?: HttpsAgent;
  /** The User-Agent. Default: `chiase-client/<version> node/<version>`. */
  userAgent?: string;
}

/**
 * The reference profile: the gateway contract in `@chiase/gateway-spec` (WSO2-style, token at
 * `/token` with HTTP Basic client credentials, APIs at `/<context>/<version>`).
 */
export const referenceProfile: GatewayProfile = Object.freeze({
  name: 'reference',
  tokenPath: '/token',
  jwksPath: '/jwks',
  credentialPlacement: 'basic',
  scope: undefined,
  // The tags' `x-chiase-base-path` in @chiase/gateway-spec (spec/gateway.base.yaml).
  basePaths: Object.freeze({
    services: '/catalog/1.0',
    databases: '/database-catalogue/1.0',
    openData: '/open-data/1.0',
    focalPoints: '/focal-points/1.0',
    connectionRequests: '/connection-requests/1.0',
    codeLists: '/dmdc/1.0',
    masterData: '/master-data/1.0',
    national: '/national/1.0',
    invoke: '/invoke/1.0',
    health: '',
  }),
  headers: Object.freeze({}),
  ca: undefined,
  httpsAgent: undefined,
  userAgent: undefined,
});

/** Built-in profiles by name. */
const BUILT_IN: Readonly<Record<GatewayProfileName, GatewayProfile>> = {
  reference: referenceProfile,
  // Gateways whose token endpoint reads client_id/client_secret from the form (DOMAIN.md).
  'reference-form': Object.freeze({
    ...referenceProfile,
    name: 'reference-form',
    credentialPlacement: 'form',
  }),
};

/** The names of the built-in profiles. */
export const GATEWAY_PROFILE_NAMES = Object.keys(BUILT_IN) as readonly GatewayProfileName[];

function isProfileName(name: string): name is GatewayProfileName {
  return Object.hasOwn(BUILT_IN, name);
}

function unknownProfile(name: string, setting: string): ConfigurationError {
  const known = GATEWAY_PROFILE_NAMES.join(', ');
  return new ConfigurationError({
    code: 'client.unknown_profile',
    names: [setting],
    message: {
      vi: `Không có hồ sơ cổng tên "${name}" (${setting}). Các hồ sơ có sẵn: ${known}.`,
      en: `There is no gateway profile named "${name}" (${setting}). Built-in profiles: ${known}.`,
    },
  });
}

function badPath(what: string, value: string): ConfigurationError {
  return new ConfigurationError({
    code: 'client.invalid_profile',
    names: [what],
    message: {
      vi: `${what} phải bắt đầu bằng "/" hoặc là một URL tuyệt đối (đang là "${value}").`,
      en: `${what} must start with "/" or be an absolute URL (got "${value}").`,
    },
  });
}

/**
 * The full profile for a profile setting: a built-in profile by name, or changes to one. Throws a
 * {@link ConfigurationError} for an unknown name or a malformed path.
 */
export function resolveGatewayProfile(
  input: GatewayProfileName | GatewayProfileInput = 'reference',
): GatewayProfile {
  if (typeof input === 'string') {
    if (!isProfileName(input)) throw unknownProfile(input, 'profile');
    return BUILT_IN[input];
  }
  const baseName = input.extends ?? 'reference';
  if (!isProfileName(baseName)) throw unknownProfile(baseName, 'profile.extends');
  const base = BUILT_IN[baseName];
  const basePaths = { ...base.basePaths };
  for (const group of API_GROUPS) {
    const path = input.basePaths?.[group];
    if (path === undefined) continue;
    if (path !== '' && !path.startsWith('/')) throw badPath(`profile.basePaths.${group}`, path);
    basePaths[group] = path.replace(/\/+$/, '');
  }
  const tokenPath = input.tokenPath ?? base.tokenPath;
  if (!tokenPath.startsWith('/') && !/^https?:\/\//i.test(tokenPath))
    throw badPath('profile.tokenPath', tokenPath);
  const jwksPath = input.jwksPath ?? base.jwksPath;
  if (!jwksPath.startsWith('/') && !/^https?:\/\//i.test(jwksPath))
    throw badPath('profile.jwksPath', jwksPath);
  return Object.freeze({
    name: input.name ?? `${base.name}+custom`,
    tokenPath,
    jwksPath,
    credentialPlacement: input.credentialPlacement ?? base.credentialPlacement,
    scope: input.scope ?? base.scope,
    basePaths: Object.freeze(basePaths),
    headers: Object.freeze({ ...base.headers, ...input.headers }),
    ca: input.ca ?? base.ca,
    httpsAgent: input.httpsAgent ?? base.httpsAgent,
    userAgent: input.userAgent ?? base.userAgent,
  });
}

/** @internal Used by `gatewaySettingsFromEnv` to report an unknown `CHIASE_PROFILE`. */
export function checkProfileName(name: string, variable: string): GatewayProfileName {
  if (!isProfileName(name)) throw unknownProfile(name, variable);
  return name;
}
