import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Clock } from '../clock/clock';
import type { RequestLog } from '../conventions/request-log';
import type { GatewayCore } from '../gateway/gateway-core';
import type { MockGatewayOptions } from '../gateway/mock-gateway-options';
import type { GatewayState } from '../state/gateway-state';
import { createCore } from './mock-gateway';
import { toFetchRequest } from './node-request';

/** Options of {@link startMockGateway}: the gateway's options plus where to listen. */
export interface StartMockGatewayOptions extends Omit<MockGatewayOptions, 'baseUrl'> {
  /** TCP port; 0 (the default) picks a free one. */
  readonly port?: number;
  /** Interface to listen on. Default `127.0.0.1` (this machine only). */
  readonly host?: string;
}

/** A running mock gateway server. */
export interface RunningMockGateway {
  /** Its base URL, e.g. `http://127.0.0.1:4010`. */
  readonly url: string;
  /** The port it listens on. */
  readonly port: number;
  /** The gateway's state (replaced by {@link reset}). */
  readonly state: GatewayState;
  /** Every request served, without secrets. */
  readonly requestLog: RequestLog;
  /** The gateway's clock. */
  readonly clock: Clock;
  /** Back to the initial state. */
  reset(): void;
  /** Stops listening and closes every connection. */
  close(): Promise<void>;
}

async function writeResponse(res: ServerResponse, response: Response): Promise<void> {
  if (response.type === 'error') {
    res.socket?.destroy();
    return;
  }
  const headers: Record<string, string> = {};
  response.headers.forEach((value, key) => {
    headers[key] = value;
  });
  res.writeHead(response.status, headers);
  res.flushHeaders();
  if (response.body === null) {
    res.end();
    return;
  }
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      await new Promise<void>((resolve, reject) =>
        res.write(value, (error) => (error ? reject(error) : resolve())),
      );
    }
    res.end();
  } catch {
    // The body failed half way (a truncated-body fault): drop the connection, as a real failure would.
    res.socket?.destroy();
  }
}

/**
 * Starts the mock gateway as an HTTP server (on 127.0.0.1 unless told otherwise), for examples, demos
 * and tests that need a real socket.
 *
 * @throws MockGatewaySettingsError on invalid options; rejects when the port cannot be bound.
 */
export async function startMockGateway(options: StartMockGatewayOptions = {}): Promise<RunningMockGateway> {
  const host = options.host ?? '127.0.0.1';
  let core: GatewayCore | undefined;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const gateway = core;
    if (gateway === undefined) {
      res.socket?.destroy();
      return;
    }
    const aborter = new AbortController();
    res.on('close', () => aborter.abort());
    toFetchRequest(req, gateway.baseUrl, aborter.signal)
      .then((request) => gateway.handle(request))
      .then((response) => writeResponse(res, response))
      .catch(() => res.socket?.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const ready = createCore({ ...options, baseUrl: url });
  core = ready;
  // Push subscriptions get their changes within a second (the spec's `nationalChanges` webhook).
  let delivering = false;
  const pusher = setInterval(() => {
    if (delivering || ready.state.subscriptions.size === 0) return;
    delivering = true;
    ready.state
      .deliverChanges()
      .catch(() => undefined)
      .finally(() => {
        delivering = false;
      });
  }, 1000);
  pusher.unref();
  return {
    url,
    port,
    get state() {
      return ready.state;
    },
    requestLog: ready.requestLog,
    clock: ready.clock,
    reset: () => ready.reset(),
    close: () =>
      new Promise<void>((resolve, reject) => {
        clearInterval(pusher);
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
