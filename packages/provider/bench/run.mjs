// npm run bench -w @chiase/provider (after a build): a bounded load test on loopback. Requests/s and
// p99 latency of a bare node:http handler and of the provider (JWT, access rights with field removal
// and a row filter, quota counter, sharing log) serving the same page of the same source, in the same
// run: cases alternate, several runs each, medians. Each server is a child process; this process is
// the load generator (node:http, keep-alive, CONCURRENCY requests in flight). Not part of npm test.
// Env: BENCH_SECONDS (per run, default 3), BENCH_RUNS (default 5), BENCH_CONCURRENCY (default 16),
// BENCH_WARMUP (seconds per case, default 2), CHIASE_TEST_DATABASE_URL (adds the PostgreSQL case),
// BENCH_JWT_ALG (the gateway's signature algorithm, default RS256 as WSO2-based gateways sign; ES256
// also), BENCH_CASES (comma-separated case ids; default all but `verify-every-token`, a diagnostic),
// BENCH_PROFILE (a directory: each server writes a V8 CPU profile of the measured runs there),
// BENCH_DIST (the provider build to load, default ../dist/index.js).
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { AUDIENCE, CONSUMER, grant, ISSUER, PATH } from './register.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2);
const DATABASE_URL = process.env.CHIASE_TEST_DATABASE_URL || undefined; // empty counts as unset
const ONLY = process.env.BENCH_CASES?.split(',');
const PROFILE = process.env.BENCH_PROFILE;
const JWT_ALG = process.env.BENCH_JWT_ALG ?? 'RS256';
const GOAL = 0.7;

const dist =
  process.env.BENCH_DIST === undefined
    ? new URL('../dist/index.js', import.meta.url)
    : pathToFileURL(resolve(process.env.BENCH_DIST));
try {
  statSync(dist);
} catch {
  console.error('Build first: npx turbo run build --filter=@chiase/provider...');
  process.exit(1);
}

// The gateway's signing key: the servers get the public JWKS, the consumers' tokens are signed here.
const { privateKey, publicKey } = await generateKeyPair(JWT_ALG);
const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: 'gw-1', alg: JWT_ALG, use: 'sig' }] };
// One token per connection, valid for the whole run, as a gateway forwards a consumer's token.
const tokens = await Promise.all(
  Array.from({ length: CONCURRENCY }, () =>
    new SignJWT({ sub: CONSUMER })
      .setProtectedHeader({ alg: JWT_ALG, kid: 'gw-1' })
      .setIssuedAt()
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setExpirationTime('1h')
      .sign(privateKey),
  ),
);

const dataDir = mkdtempSync(join(tmpdir(), 'chiase-provider-bench-'));
const cases = [
  { id: 'bare', label: 'bare node:http handler (baseline)' },
  { id: 'memory-log', label: 'provider, log kept in a JS array (no SQL; diagnostic)' },
  { id: 'pglite-memory', label: 'provider, sharing log on PGlite in memory' },
  { id: 'pglite-disk', label: 'provider, sharing log on PGlite on disk' },
  { id: 'postgres', label: 'provider, sharing log on PostgreSQL' },
];
// Diagnostic, not run unless named in BENCH_CASES: what remembering verified tokens saves.
const diagnostics = [
  {
    id: 'verify-every-token',
    label: 'provider, PGlite in memory, every token verified (verifiedTokenCache: false)',
  },
];
if (DATABASE_URL === undefined) {
  console.log('CHIASE_TEST_DATABASE_URL is not set: the PostgreSQL case is skipped.');
  cases.pop();
}
if (ONLY !== undefined) {
  cases.splice(0, cases.length, ...[...cases, ...diagnostics].filter((c) => ONLY.includes(c.id)));
}

async function start(benchCase) {
  const child = fork(new URL('./server.mjs', import.meta.url), {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const reply = (predicate) =>
    new Promise((resolve, reject) => {
      const onMessage = (message) => {
        if (!predicate(message)) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(message);
      };
      const onExit = (code) => reject(new Error(`server ${benchCase.id} exited with ${code}`));
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  const ready = reply((m) => m.port !== undefined);
  child.send({
    case: benchCase.id,
    jwks,
    dataDir: join(dataDir, benchCase.id),
    databaseUrl: DATABASE_URL,
    profileDir: PROFILE,
    dist: dist.href,
  });
  const { port } = await ready;
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  return {
    ...benchCase,
    child,
    port,
    agent,
    sent: 0,
    results: [],
    cpu: async () => (await Promise.all([reply((m) => m.cpu !== undefined), child.send('cpu')]))[0].cpu,
    finish: async () => (await Promise.all([reply((m) => m.finished === true), child.send('finish')]))[0],
  };
}

function headers(i) {
  return { authorization: `Bearer ${tokens[i % tokens.length]}`, accept: 'application/json' };
}

/** One request of the page: resolves with the body once read whole; rejects on any status but 200. */
function call(server, i) {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { host: '127.0.0.1', port: server.port, path: PATH, agent: server.agent, headers: headers(i) },
      (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          server.sent += 1;
          const body = Buffer.concat(chunks);
          if (response.statusCode === 200) resolve(body);
          else reject(new Error(`${server.id}: HTTP ${response.statusCode}: ${body.toString('utf8')}`));
        });
      },
    );
    request.on('error', reject);
    request.end();
  });
}

/** The page must hold the same records for both: the grant's items only, one province. */
async function checkPage(server) {
  const page = JSON.parse((await call(server, 0)).toString('utf8'));
  const ok =
    page.data.length === 50 &&
    page.data.every(
      (r) => r.maTinh === grant.rowFilter.maTinh && Object.keys(r).join() === grant.items.join(),
    ) &&
    typeof page.nextCursor === 'string';
  if (!ok) throw new Error(`${server.id}: unexpected page ${JSON.stringify(page).slice(0, 300)}`);
  return JSON.stringify(page.data);
}

/**
 * CONCURRENCY loops for `seconds`: requests/s, p99 latency (ms), and CPU per request (µs) of the
 * server and of this load generator.
 */
async function measure(server, seconds) {
  const latencies = [];
  const before = await server.cpu();
  const ownBefore = process.cpuUsage();
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async (_, i) => {
      while (performance.now() < end) {
        const t0 = performance.now();
        await call(server, i);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const own = process.cpuUsage(ownBefore);
  const after = await server.cpu();
  latencies.sort((a, b) => a - b);
  const cpuMicros = after.user + after.system - before.user - before.system;
  return {
    rps: latencies.length / elapsed,
    p99: latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.99))],
    cpuPerRequest: cpuMicros / latencies.length,
    loadCpuPerRequest: (own.user + own.system) / latencies.length,
  };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const benchStarted = performance.now();
const servers = await Promise.all(cases.map(start));
const startedIn = performance.now() - benchStarted;
const pages = new Set();
for (const server of servers) pages.add(await checkPage(server));
if (pages.size !== 1) throw new Error('the servers do not answer the same records');
for (const server of servers) await measure(server, WARMUP);
if (PROFILE !== undefined) for (const server of servers) server.child.send('profile');
// Alternate the cases, starting each round one case later, so that drift and order hit all alike.
for (let run = 0; run < RUNS; run += 1) {
  for (let k = 0; k < servers.length; k += 1) {
    const server = servers[(run + k) % servers.length];
    server.results.push(await measure(server, SECONDS));
  }
}
const logs = [];
for (const server of servers) {
  server.agent.destroy();
  const finished = await server.finish();
  if (finished.entries !== undefined) logs.push({ server, ...finished });
}
rmSync(dataDir, { recursive: true, force: true });

const [baseline] = servers;
const fmt = (n, digits = 0) => n.toFixed(digits);
const of = (server, field) => median(server.results.map((r) => r[field]));
// Each round's ratio pairs runs made seconds apart, so that the load of other processes on the
// machine cancels out better than in a ratio of medians.
const ratio = (server) => median(server.results.map((r, i) => r.rps / baseline.results[i].rps));
console.log(
  `\nGET ${PATH}: a page of 50 records (7 of 9 items, one province) as JSON, from a 2,000-record register in memory;` +
    ` JWT ${JWT_ALG}; concurrency ${CONCURRENCY}; ${RUNS} runs of ${SECONDS} s per case, alternating; medians.` +
    ` Node ${process.versions.node}, ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(1)} at the end.\n`,
);
console.log(
  `| case | req/s | p99 ms | × ${baseline.id} | server CPU µs/req | × ${baseline.id} by CPU | load generator CPU µs/req | req/s per run |`,
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
for (const server of servers) {
  console.log(
    `| ${server.label} | ${fmt(of(server, 'rps'))} | ${fmt(of(server, 'p99'), 1)} | ${fmt(ratio(server), 2)} | ${fmt(of(server, 'cpuPerRequest'))} | ${fmt(of(baseline, 'cpuPerRequest') / of(server, 'cpuPerRequest'), 2)} | ${fmt(of(server, 'loadCpuPerRequest'))} | ${server.results.map((r) => fmt(r.rps)).join(', ')} |`,
  );
}
console.log('\nSharing log after the run (every request answered must be logged, chain intact):');
for (const { server, ok, entries, counts } of logs) {
  const complete = entries === server.sent;
  const grouping =
    counts === undefined
      ? ''
      : `; ${counts.statements} statements + ${counts.transactions} transactions (${(entries / Math.max(1, counts.statements + counts.transactions)).toFixed(1)} records per write)`;
  console.log(
    `- ${server.id}: ${entries} records for ${server.sent} requests${complete ? '' : ' — RECORDS MISSING'}; chain ${ok ? 'intact' : 'BROKEN'}${grouping}`,
  );
}
const logged = servers.filter((s) => !['bare', 'memory-log', 'verify-every-token'].includes(s.id));
if (baseline.id === 'bare' && logged.length > 0) {
  const worst = Math.min(...logged.map(ratio));
  console.log(
    `\nGoal: provider with its sharing log ≥ ${GOAL.toFixed(2)} × bare: ${worst >= GOAL ? 'met' : 'NOT met'} (worst ${worst.toFixed(2)}).`,
  );
}
console.log(
  `Bench time ${((performance.now() - benchStarted) / 1000).toFixed(0)} s (servers ready in ${(startedIn / 1000).toFixed(0)} s).`,
);
if (logs.some((l) => !l.ok || l.entries !== l.server.sent)) process.exitCode = 1;
