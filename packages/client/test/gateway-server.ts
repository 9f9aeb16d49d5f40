import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { staticToken } from '../src/auth/static-token';
import { createGatewayClient } from '../src/gateway-client';

/** The gateway URL handlers in tests answer on. */
export const GATEWAY = 'https://lgsp.test';

/** An msw server started for the current test file, with handlers reset after each test. */
export function useMswServer() {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return server;
}

/** A client with a static token, no logging and fast retries, for resource tests. */
export function testClient(extra: Parameters<typeof createGatewayClient>[0] = {}) {
  return createGatewayClient(
    {
      gatewayUrl: GATEWAY,
      auth: staticToken('test-token-1'),
      logLevel: 'off',
      backoff: { initialDelay: 1, maxDelay: 2 },
      ...extra,
    },
    { env: false },
  );
}
