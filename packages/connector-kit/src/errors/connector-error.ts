import { ChiaseError, type ChiaseErrorOptions } from '@chiase/schema/codes';

const MARKER = 'chiase.connector_kit.error';
const SYMBOL = Symbol.for(MARKER);

/** Base class of every error `@chiase/connector-kit` throws. `isInstance()` works across duplicate installs. */
export class ConnectorError extends ChiaseError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: brand read through Symbol.for() in isInstance().
  private readonly [SYMBOL] = true;

  constructor(options: ChiaseErrorOptions) {
    super(options);
    this.name = 'ConnectorError';
  }

  /** True when `error` is any error from any installed copy of `@chiase/connector-kit`. */
  static override isInstance(error: unknown): error is ConnectorError {
    return ChiaseError.hasMarker(error, MARKER);
  }
}
