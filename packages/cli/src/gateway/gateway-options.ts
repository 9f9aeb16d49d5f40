import {
  createGatewayClient,
  GATEWAY_PROFILE_NAMES,
  type GatewayClient,
  type GatewayClientSettings,
  type GatewayLogger,
  type GatewayProfileName,
} from '@chiase/client';
import type { Command } from 'commander';
import { CliUsageError } from '../errors/cli-usage-error';
import { readInputText } from '../input/read-input-file';
import { MESSAGES } from '../messages/cli-messages';
import type { CliContext } from '../program/cli-context';

/** The gateway flags every gateway command takes; each falls back to the client's `CHIASE_*` variable. */
export interface GatewayFlags {
  gatewayUrl?: string;
  consumerKey?: string;
  consumerSecret?: string;
  profile?: string;
  ca?: string;
}

/** Adds `--gateway-url`, `--consumer-key`, `--consumer-secret` and `--profile` to `command`. */
export function withGatewayOptions(command: Command, context: CliContext): Command {
  return command
    .option('--gateway-url <url>', context.text(MESSAGES.gatewayUrlOption))
    .option('--consumer-key <key>', context.text(MESSAGES.consumerKeyOption))
    .option('--consumer-secret <secret>', context.text(MESSAGES.consumerSecretOption))
    .option('--profile <name>', context.text(MESSAGES.profileOption(GATEWAY_PROFILE_NAMES)))
    .option('--ca <file>', context.text(MESSAGES.caOption));
}

function profileFlag(value: string): GatewayProfileName {
  const found = GATEWAY_PROFILE_NAMES.find((name) => name === value);
  if (found !== undefined) return found;
  throw new CliUsageError({
    code: 'cli.unknown_profile',
    message: {
      vi: `hồ sơ cổng "${value}" không có; chọn một trong: ${GATEWAY_PROFILE_NAMES.join(', ')}`,
      en: `unknown gateway profile "${value}"; use one of: ${GATEWAY_PROFILE_NAMES.join(', ')}`,
    },
  });
}

/** The client's log lines, on the command's stderr (and so masked like everything it writes). */
function stderrLogger(context: CliContext): GatewayLogger {
  const write = (message: string, fields?: Readonly<Record<string, unknown>>) =>
    context.err(`[chiase] ${message}${fields === undefined ? '' : ` ${JSON.stringify(fields)}`}`);
  return { error: write, warn: write, info: write, debug: write };
}

/** The CA certificates (PEM) of `--ca`, read as text. */
export async function caBundle(flags: GatewayFlags, context: CliContext): Promise<string | undefined> {
  return flags.ca === undefined ? undefined : readInputText(context, flags.ca);
}

/**
 * Client settings from the flags; what they leave out comes from the environment in
 * {@link gatewayClient}. With `--ca`, the profile (`--profile`, else `CHIASE_PROFILE`, else
 * `reference`) trusts those certificates besides Node's roots.
 */
export async function gatewaySettings(
  flags: GatewayFlags,
  context: CliContext,
): Promise<GatewayClientSettings> {
  context.redactor.add(flags.consumerSecret);
  const settings: GatewayClientSettings = { logger: stderrLogger(context) };
  if (flags.gatewayUrl !== undefined) settings.gatewayUrl = flags.gatewayUrl;
  if (flags.consumerKey !== undefined) settings.consumerKey = flags.consumerKey;
  if (flags.consumerSecret !== undefined) settings.consumerSecret = flags.consumerSecret;
  const profileName = flags.profile ?? context.io.env.CHIASE_PROFILE;
  const profile =
    profileName === undefined || profileName.trim() === '' ? undefined : profileFlag(profileName.trim());
  const ca = await caBundle(flags, context);
  if (ca !== undefined) settings.profile = { extends: profile ?? 'reference', ca };
  else if (profile !== undefined) settings.profile = profile;
  return settings;
}

/**
 * A gateway client from the flags, then the context's environment (`CHIASE_GATEWAY_URL`…). Throws
 * the client's `ConfigurationError` naming every missing variable.
 */
export async function gatewayClient(
  flags: GatewayFlags,
  context: CliContext,
  extra: GatewayClientSettings = {},
): Promise<GatewayClient> {
  const settings = await gatewaySettings(flags, context);
  return createGatewayClient({ ...settings, ...extra }, { env: context.io.env });
}
