import type { HttpHandler } from 'msw';
import type { Clock } from '../clock/clock';
import type { RequestLog } from '../conventions/request-log';
import { ConnectionResetError } from '../errors/connection-reset-error';
import { createGatewayCore, type GatewayCore } from '../gateway/gateway-core';
import type { MockGatewayOptions } from '../gateway/mock-gateway-options';
import { ALL_OPERATIONS } from '../operations/all-operations';
import type { GatewayState } from '../state/gateway-state';
import { loadMsw } from './load-msw';

/** A mock gateway for tests: msw handlers and a direct `fetch` over the same in-memory state. */
export interface MockGateway {
  /**
   * msw request handlers for every operation, for `setupServer(...gateway.handlers)`. Built on first
   * read; needs the optional peer dependency msw v2.
   *
   * @throws MswNotInstalledError when msw is not installed.
   */
  readonly handlers: HttpHandler[];
  /**
   * Calls the gateway directly, without msw or a socket: `fetch` semantics, with URLs relative to
   * {@link baseUrl} allowed. A simulated connection reset rejects with `TypeError('fetch failed')`
   * whose `cause` is a {@link ConnectionResetError}.
   */
  fetch(input: string | URL | Request, init?: RequestInit): Promise<Response>;
  /** The gateway's state (replaced by {@link reset}). */
  readonly state: GatewayState;
  /** Every request served, without secrets, for assertions. */
  readonly requestLog: RequestLog;
  /** The gateway's clock. */
  readonly clock: Clock;
  /** The base URL the handlers answer on. */
  readonly baseUrl: string;
  /** Back to the initial state: fresh fixtures from the seed, no tokens, empty log, faults restarted. */
  reset(): void;
}

/** Builds the gateway core with every operation (the state generates its fixtures from the seed). */
export function createCore(options: MockGatewayOptions): GatewayCore {
  return createGatewayCore(options, ALL_OPERATIONS);
}

/**
 * Creates a mock gateway of the reference profile for tests.
 *
 * @example
 * const gateway = createMockGateway();
 * const server = setupServer(...gateway.handlers);
 * @throws MockGatewaySettingsError on invalid options.
 */
export function createMockGateway(options: MockGatewayOptions = {}): MockGateway {
  const core = createCore(options);
  let handlers: HttpHandler[] | undefined;
  return {
    get handlers() {
      if (handlers === undefined) {
        const { http, HttpResponse } = loadMsw();
        handlers = [
          http.all(`${core.baseUrl}/*`, async ({ request }) => {
            const response = await core.handle(request);
            return response.type === 'error' ? HttpResponse.error() : response;
          }),
        ];
      }
      return handlers;
    },
    async fetch(input, init) {
      const url = typeof input === 'string' && input.startsWith('/') ? `${core.baseUrl}${input}` : input;
      const response = await core.handle(new Request(url, init));
      if (response.type === 'error') {
        const requestId = core.requestLog.last()?.requestId ?? '';
        throw new TypeError('fetch failed', { cause: new ConnectionResetError(requestId) });
      }
      return response;
    },
    get state() {
      return core.state;
    },
    requestLog: core.requestLog,
    clock: core.clock,
    baseUrl: core.baseUrl,
    reset: () => core.reset(),
  };
}
