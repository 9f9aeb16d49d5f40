import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Clock } from '../clock/clock';
import type { RequestLog } from '../conventions/request-log';
import { DEFAULT_MAX_BODY_BYTES } from '../gateway/body-size-limit';
import type { GatewayCore } from '../gateway/gateway-core';
import type { MockGatewayOptions } from '../gateway/mock-gateway-options';
import type { GatewayState } from '../state/gateway-state';
import { openPgliteStateStore, type StateStore } from '../state/pglite-state-store';
import { createCore } from './mock-gateway';
import { toFetchRequest } from './node-request';

/** Options of {@link startMockGateway}: the gateway's options plus where to listen. */
export interface StartMockGatewayOptions extends Omit<MockGatewayOptions, 'baseUrl'> {
  /** TCP port; 0 (the default) picks a free one. */
  readonly port?: number;
  /** Interface to listen on. Default `127.0.0.1` (this machine only). */
  readonly host?: string;
  /**
   * A directory where the state is kept between runs, in PGlite (optional peer dependency
   * `@electric-sql/pglite`): what agencies wrote through the API is loaded on start and saved after
   * every successful write, before it is answered. Default: in memory only.
   */
  readonly dataDir?: string;
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
  /** Back to the initial state (and, when persisted, saves that empty state). */
  reset(): Promise<void>;
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
  let store: StateStore | undefined;
  // Saves run one after another, each with the state as it is when it starts.
  let saving: Promise<void> = Promise.resolve();
  const persist = (): Promise<void> => {
    const current = store;
    const gateway = core;
    if (current === undefined || gateway === undefined) return Promise.resolve();
    saving = saving.catch(() => undefined).then(() => current.save(gateway.state.toSnapshot()));
    return saving;
  };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const gateway = core;
    if (gateway === undefined) {
      res.socket?.destroy();
      return;
    }
    const aborter = new AbortController();
    res.on('close', () => aborter.abort());
    const write = req.method !== 'GET' && req.method !== 'HEAD';
    toFetchRequest(req, gateway.baseUrl, aborter.signal, options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES)
      .then(({ request, body }) => gateway.handle(request, body))
      .then(async (response) => {
        if (write && response.status < 400) await persist();
        return response;
      })
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
  let ready: GatewayCore;
  try {
    ready = createCore({ ...options, baseUrl: url });
  } catch (error) {
    // Invalid options: nothing is left listening.
    server.close();
    throw error;
  }
  if (options.dataDir !== undefined) {
    try {
      store = await openPgliteStateStore(options.dataDir);
      const saved = await store.load();
      if (saved !== undefined) ready.state.restoreSnapshot(saved);
    } catch (error) {
      server.close();
      await store?.close();
      throw error;
    }
  }
  core = ready;
  // Push subscriptions get their changes within a second (the spec's `nationalChanges` webhook).
  let delivering = false;
  const pusher = setInterval(() => {
    if (delivering || ready.state.subscriptions.size === 0) return;
    delivering = true;
    ready.state
      .deliverChanges()
      .then((outcomes) => (outcomes.some((o) => o.delivered > 0) ? persist() : undefined))
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
    reset: async () => {
      ready.reset();
      await persist();
    },
    close: async () => {
      clearInterval(pusher);
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      await saving.catch(() => undefined);
      await store?.close();
    },
  };
}
