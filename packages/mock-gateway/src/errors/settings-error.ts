import { ChiaseError } from '@chiase/schema';
import { MockGatewayError } from './mock-gateway-error';

const MARKER = 'chiase.mock_gateway_settings_error';
const SYMBOL = Symbol.for(MARKER);

/**
 * Thrown when the mock gateway is configured wrongly: an invalid setting, a malformed path template,
 * or two operations registered for the same operationId or the same method and path.
 */
export class MockGatewaySettingsError extends MockGatewayError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the brand is read through Symbol.for() in isInstance().
  private readonly [SYMBOL] = true;
  /** The setting at fault, as a dotted path (`faults.global.serverErrorProbability`). */
  readonly setting: string;

  constructor(options: { setting: string; vi: string; en: string }) {
    super({
      code: 'mock_gateway_settings_invalid',
      message: { vi: `${options.setting}: ${options.vi}`, en: `${options.setting}: ${options.en}` },
    });
    this.name = 'MockGatewaySettingsError';
    this.setting = options.setting;
  }

  /** True when `error` is a MockGatewaySettingsError from any installed copy of this package. */
  static override isInstance(error: unknown): error is MockGatewaySettingsError {
    return ChiaseError.hasMarker(error, MARKER);
  }
}
