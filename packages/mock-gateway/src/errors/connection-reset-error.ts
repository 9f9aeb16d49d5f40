import { ChiaseError } from '@chiase/schema';
import { MockGatewayError } from './mock-gateway-error';

const MARKER = 'chiase.mock_gateway_connection_reset';
const SYMBOL = Symbol.for(MARKER);

/**
 * The `cause` of the `TypeError('fetch failed')` that `gateway.fetch` rejects with when a
 * connection-reset fault fires, mirroring what Node's fetch does on a real reset. Its `code` is
 * `ECONNRESET`, the same code Node's socket errors carry, so clients can treat both alike.
 */
export class ConnectionResetError extends MockGatewayError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the brand is read through Symbol.for() in isInstance().
  private readonly [SYMBOL] = true;
  /** The request id of the request whose connection was reset. */
  readonly requestId: string;

  constructor(requestId: string) {
    super({
      code: 'ECONNRESET',
      message: {
        vi: `Mock gateway đã ngắt kết nối (lỗi giả lập), mã yêu cầu ${requestId}`,
        en: `The mock gateway reset the connection (simulated fault), request id ${requestId}`,
      },
    });
    this.name = 'ConnectionResetError';
    this.requestId = requestId;
  }

  /** True when `error` is a ConnectionResetError from any installed copy of this package. */
  static override isInstance(error: unknown): error is ConnectionResetError {
    return ChiaseError.hasMarker(error, MARKER);
  }
}
