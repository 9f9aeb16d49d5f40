import { ChiaseError, type LocalizedMessage } from '@chiase/schema';
import { MockGatewayError } from './mock-gateway-error';

const MARKER = 'chiase.mock_gateway_persistence';
const SYMBOL = Symbol.for(MARKER);

/** The mock gateway's state could not be loaded from, or saved to, its PGlite data directory. */
export class MockGatewayPersistenceError extends MockGatewayError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the brand is read through Symbol.for() in isInstance().
  private readonly [SYMBOL] = true;

  constructor(message: LocalizedMessage, cause?: unknown) {
    super({ code: 'mock_gateway_persistence', message, ...(cause === undefined ? {} : { cause }) });
    this.name = 'MockGatewayPersistenceError';
  }

  /** True when `error` is a MockGatewayPersistenceError from any installed copy of this package. */
  static override isInstance(error: unknown): error is MockGatewayPersistenceError {
    return ChiaseError.hasMarker(error, MARKER);
  }
}
