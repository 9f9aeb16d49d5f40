import type { LocalizedMessage } from '@chiase/schema';
import { ChiaseError } from '@chiase/schema';
import { ProviderError } from './provider-error';

const MARKER = 'chiase.provider.configuration_error';
const SYMBOL = Symbol.for(MARKER);

/** The provider was set up wrongly (a description it cannot serve, an unknown key item…). */
export class ProviderConfigurationError extends ProviderError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the brand is read through Symbol.for() in isInstance().
  private readonly [SYMBOL] = true;

  constructor(code: string, message: LocalizedMessage, cause?: unknown) {
    super({ code, message, cause });
    this.name = 'ProviderConfigurationError';
  }

  /** True when `error` is a ProviderConfigurationError from any installed copy. */
  static override isInstance(error: unknown): error is ProviderConfigurationError {
    return ChiaseError.hasMarker(error, MARKER);
  }
}
