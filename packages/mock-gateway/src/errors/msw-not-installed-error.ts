import { ChiaseError } from '@chiase/schema';
import { MockGatewayError } from './mock-gateway-error';

const MARKER = 'chiase.mock_gateway_msw_not_installed';
const SYMBOL = Symbol.for(MARKER);

/** Thrown when `gateway.handlers` is read but the optional peer dependency `msw` (v2) cannot be loaded. */
export class MswNotInstalledError extends MockGatewayError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the brand is read through Symbol.for() in isInstance().
  private readonly [SYMBOL] = true;

  constructor(cause: unknown) {
    super({
      code: 'msw_not_installed',
      message: {
        vi: 'Không tải được msw. Cài msw@2 (npm install -D msw) để dùng gateway.handlers, hoặc dùng gateway.fetch / startMockGateway().',
        en: 'Could not load msw. Install msw@2 (npm install -D msw) to use gateway.handlers, or use gateway.fetch / startMockGateway().',
      },
      cause,
    });
    this.name = 'MswNotInstalledError';
  }

  /** True when `error` is a MswNotInstalledError from any installed copy of this package. */
  static override isInstance(error: unknown): error is MswNotInstalledError {
    return ChiaseError.hasMarker(error, MARKER);
  }
}
