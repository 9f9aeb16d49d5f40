// One server of the benchmark, started by bench/run.mjs as a child process (the load generator runs
// in the parent). The first IPC message says which case to serve; the server answers with its port.
// Later messages: `cpu` (CPU time used so far), `profile` (start a CPU profile), `finish` (flush and
// verify the sharing log, write the profile, stop). The provider is loaded from `setup.dist` (default:
// this package's build), so that two builds can be compared.
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { openSqlStore } from '@chiase/sql-store';
import { AUDIENCE, description, grant, ISSUER, KEY, PATH, records, sortedMemorySource } from './register.mjs';

const source = sortedMemorySource(records);
const rowFilter = Object.entries(grant.rowFilter).map(([field, value]) => ({ field, value }));

/** What a hand-written handler does: read the page size, read the same source, keep the same items. */
function bareHandler() {
  return async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (url.pathname !== PATH) {
        response.writeHead(404).end();
        return;
      }
      const limit = Number(url.searchParams.get('limit') ?? 50);
      const rows = await source.list({ filters: rowFilter, key: KEY, limit: limit + 1 });
      const page = rows.slice(0, limit).map((row) => {
        const out = {};
        for (const item of grant.items) out[item] = row[item];
        return out;
      });
      const nextCursor = rows.length > limit ? String(page.at(-1)[KEY]) : null;
      const body = Buffer.from(JSON.stringify({ data: page, nextCursor }));
      response.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': String(body.length),
      });
      response.end(body);
    } catch (error) {
      console.error(error);
      response.writeHead(500).end();
    }
  };
}

/** A log that only keeps records in memory: isolates the provider's checks from the log's storage. */
function memoryLog() {
  const kept = [];
  return {
    async append(record) {
      kept.push(record);
    },
    async flush() {},
    kept,
  };
}

async function openLogStore(setup) {
  if (setup.case === 'pglite-memory' || setup.case === 'verify-every-token') return openSqlStore('memory://');
  if (setup.case === 'pglite-disk') return openSqlStore({ dataDir: setup.dataDir });
  if (setup.case === 'postgres') {
    return openSqlStore(setup.databaseUrl, {
      schema: `provider_bench_${randomBytes(6).toString('hex')}`,
      maxConnections: 4,
    });
  }
  return undefined;
}

/** Counts the statements and transactions the log sends, to report how well appends are grouped. */
function countingStore(store) {
  const counts = { statements: 0, transactions: 0 };
  const counted = {
    ...store,
    query: (sql, params) => {
      counts.statements += 1;
      return store.query(sql, params);
    },
    transaction: (fn) => {
      counts.transactions += 1;
      return store.transaction(fn);
    },
  };
  return { counted, counts };
}

// Never outlive the load generator (e.g. when it stops on an unexpected answer).
process.on('disconnect', () => process.exit(1));
const setup = await new Promise((resolve) => process.once('message', resolve));
const {
  createMemoryAccessRights,
  createNodeHandler,
  createProvider,
  createSqlSharingLog,
  jwtAuthenticator,
  verifySharingLog,
} = await import(setup.dist);

let store;
let log;
let handler;
let counts;
if (setup.case === 'bare') {
  handler = bareHandler();
} else {
  store = await openLogStore(setup);
  if (store === undefined) log = memoryLog();
  else {
    const counting = countingStore(store);
    log = await createSqlSharingLog({ store: counting.counted });
    counts = counting.counts;
    counts.statements = 0;
    counts.transactions = 0;
  }
  const provider = createProvider({
    services: [{ description, source, key: KEY }],
    authenticators: [
      jwtAuthenticator({
        keys: setup.jwks,
        issuer: ISSUER,
        audience: AUDIENCE,
        ...(setup.case === 'verify-every-token' ? { verifiedTokenCache: false } : {}),
      }),
    ],
    accessRights: createMemoryAccessRights([grant]),
    sharingLog: log,
    cursorSecret: randomBytes(32),
  });
  handler = createNodeHandler(provider);
}

const server = createServer({ keepAliveTimeout: 60_000 }, handler);
server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));

let profiler;
process.on('message', async (message) => {
  if (message === 'profile' && setup.profileDir !== undefined) {
    profiler = new Session();
    profiler.connect();
    await profiler.post('Profiler.enable');
    await profiler.post('Profiler.start');
    return;
  }
  if (message === 'cpu') {
    process.send({ cpu: process.cpuUsage() });
    return;
  }
  if (message !== 'finish') return;
  if (profiler !== undefined) {
    const { profile } = await profiler.post('Profiler.stop');
    writeFileSync(join(setup.profileDir, `${setup.case}.cpuprofile`), JSON.stringify(profile));
  }
  server.closeAllConnections();
  server.close();
  let verification;
  if (log !== undefined) {
    await log.flush();
    verification =
      store === undefined
        ? { ok: true, entries: log.kept.length }
        : await verifySharingLog(store, { pageSize: 5000 });
    if (setup.case === 'postgres') {
      const { rows } = await store.query('SELECT current_schema() AS s');
      await store.exec(`DROP SCHEMA ${rows[0].s} CASCADE`);
    }
    await store?.close();
  }
  process.send(
    {
      finished: true,
      ...(verification ? { ok: verification.ok, entries: verification.entries } : {}),
      ...(counts ? { counts } : {}),
    },
    () => process.exit(0),
  );
});
