import { ChiaseError, type LocalizedMessage } from '@chiase/schema';

const MARKER = 'chiase.client.configuration_error';
const SYMBOL = Symbol.for(MARKER);

/** Options of a {@link ConfigurationError}. */
export interface ConfigurationErrorOptions {
  /** Stable machine-readable code, e.g. `client.env_missing`. */
  code: string;
  /** What is wrong and what to set, in Vietnamese and English. */
  message: LocalizedMessage;
  /** The environment variables or settings at fault, by name. */
  names: readonly string[];
}

/**
 * The client settings are incomplete or invalid (missing environment variables, an unknown profile,
 * a malformed URL). Thrown when the client is created, never during a call.
 */
export class ConfigurationError extends ChiaseError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: brand read through Symbol.for() in isInstance().
  private readonly [SYMBOL] = true;
  /** The environment variables or settings at fault, by name (e.g. `CHIASE_CONSUMER_SECRET`). */
  readonly names: readonly string[];
  constructor(options: ConfigurationErrorOptions) {
    super({ code: options.code, message: options.message });
    this.name = 'ConfigurationError';
    this.names = options.names;
  }
  /** True when `error` is a ConfigurationError from any installed copy of `@chiase/client`. */
  static override isInstance(error: unknown): error is ConfigurationError {
    return ChiaseError.hasMarker(error, MARKER);
  }
}
