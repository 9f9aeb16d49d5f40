import type { OperationDefinition } from '../gateway/operation';
import { jsonResponse } from '../http/json-response';

/** Version of the gateway contract the mock implements (the spec's `info.version`). */
export const CONTRACT_VERSION = '1.0.0';

/** `GET /health` (Decree 47/2020 Art. 27.1): liveness and version, without authentication. */
export const getHealth: OperationDefinition = {
  operationId: 'health.get',
  group: 'health',
  method: 'GET',
  path: '/health',
  authenticated: false,
  handle: (context) =>
    jsonResponse({
      status: 'ok',
      version: CONTRACT_VERSION,
      time: new Date(context.clock.now()).toISOString(),
    }),
};

/** The operations of the `health` group. */
export const healthOperations: readonly OperationDefinition[] = [getHealth];
