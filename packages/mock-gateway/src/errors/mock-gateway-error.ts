import { ChiaseError, type ChiaseErrorOptions } from '@chiase/schema';

const MARKER = 'chiase.mock_gateway_error';
const SYMBOL = Symbol.for(MARKER);

/**
 * Base class of every error thrown by `@chiase/mock-gateway`. `isInstance()` works across duplicate
 * installs of the package because it checks a `Symbol.for` brand, not the prototype chain.
 */
export class MockGatewayError extends ChiaseError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the brand is read through Symbol.for() in isInstance().
  private readonly [SYMBOL] = true;

  constructor(options: ChiaseErrorOptions) {
    super(options);
    this.name = 'MockGatewayError';
  }

  /** True when `error` is a MockGatewayError (or a subclass) from any installed copy of this package. */
  static override isInstance(error: unknown): error is MockGatewayError {
    return ChiaseError.hasMarker(error, MARKER);
  }
}
