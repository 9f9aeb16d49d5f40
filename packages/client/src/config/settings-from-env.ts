import { ConfigurationError } from '../errors/configuration-error';
import { LOG_LEVELS, type LogLevel } from '../logging/gateway-logger';
import type { GatewayClientSettings } from './client-settings';
import { checkProfileName } from './gateway-profile';

/** The environment variables the client reads. */
export const ENVIRONMENT_VARIABLES = {
  gatewayUrl: 'CHIASE_GATEWAY_URL',
  consumerKey: 'CHIASE_CONSUMER_KEY',
  consumerSecret: 'CHIASE_CONSUMER_SECRET',
  profile: 'CHIASE_PROFILE',
  logLevel: 'CHIASE_LOG_LEVEL',
} as const;

function value(env: Readonly<Record<string, string | undefined>>, name: string): string | undefined {
  const v = env[name]?.trim();
  return v === undefined || v === '' ? undefined : v;
}

/**
 * Client settings from environment variables: `CHIASE_GATEWAY_URL`, `CHIASE_CONSUMER_KEY`,
 * `CHIASE_CONSUMER_SECRET`, `CHIASE_PROFILE`, `CHIASE_LOG_LEVEL`. Only variables that are set
 * appear; `createGatewayClient` reports what is still missing. Throws a {@link ConfigurationError}
 * for an unknown profile or log level.
 */
export function gatewaySettingsFromEnv(
  env: Readonly<Record<string, string | undefined>> = process.env,
): GatewayClientSettings {
  const out: GatewayClientSettings = {};
  const gatewayUrl = value(env, ENVIRONMENT_VARIABLES.gatewayUrl);
  if (gatewayUrl !== undefined) out.gatewayUrl = gatewayUrl;
  const consumerKey = value(env, ENVIRONMENT_VARIABLES.consumerKey);
  if (consumerKey !== undefined) out.consumerKey = consumerKey;
  // A secret is taken as is: leading or trailing spaces may belong to it.
  const consumerSecret = env[ENVIRONMENT_VARIABLES.consumerSecret];
  if (consumerSecret !== undefined && consumerSecret !== '') out.consumerSecret = consumerSecret;
  const profile = value(env, ENVIRONMENT_VARIABLES.profile);
  if (profile !== undefined) out.profile = checkProfileName(profile, ENVIRONMENT_VARIABLES.profile);
  const level = value(env, ENVIRONMENT_VARIABLES.logLevel);
  if (level !== undefined) {
    if (!(LOG_LEVELS as readonly string[]).includes(level)) {
      throw new ConfigurationError({
        code: 'client.invalid_log_level',
        names: [ENVIRONMENT_VARIABLES.logLevel],
        message: {
          vi: `${ENVIRONMENT_VARIABLES.logLevel}="${level}" không hợp lệ; dùng một trong: ${LOG_LEVELS.join(', ')}.`,
          en: `${ENVIRONMENT_VARIABLES.logLevel}="${level}" is not valid; use one of: ${LOG_LEVELS.join(', ')}.`,
        },
      });
    }
    out.logLevel = level as LogLevel;
  }
  return out;
}
