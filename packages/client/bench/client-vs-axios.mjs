// npm run bench -w @chiase/client (after a build): requests/s of @chiase/client against raw axios
// with a keep-alive agent, on the same local server, at concurrency 16; then the number of token
// requests caused by 100 concurrent calls of a fresh client. Not part of npm test.
// Env: BENCH_SECONDS (per run, default 5), BENCH_RUNS (default 3), BENCH_CONCURRENCY (default 16).
import { fork } from 'node:child_process';
import { Agent } from 'node:http';
import axios from 'axios';
import { createGatewayClient } from '../dist/index.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);

const child = fork(new URL('./page-server.mjs', import.meta.url));
const { port, bytes } = await new Promise((resolve) => child.once('message', resolve));
const base = `http://127.0.0.1:${port}`;

function check(page) {
  if (!Array.isArray(page.items) || page.items.length !== 100) throw new Error('bad page');
}

/** Runs `call` in CONCURRENCY loops for SECONDS; returns requests per second. */
async function measure(call) {
  let count = 0;
  const end = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < end) {
        check(await call());
        count += 1;
      }
    }),
  );
  return count / SECONDS;
}

const rawAxios = axios.create({
  baseURL: base,
  httpAgent: new Agent({ keepAlive: true, maxSockets: CONCURRENCY }),
});
const raw = async () =>
  (await rawAxios.get('/catalog/1.0/services', { headers: { authorization: 'Bearer x' } })).data;

const client = createGatewayClient(
  { gatewayUrl: base, consumerKey: 'bench-key', consumerSecret: 'bench-secret', logLevel: 'off' },
  { env: false },
);
const chiase = () => client.services.list();

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const results = { raw: [], chiase: [] };
// Warm-up (JIT, connections, the first token), then alternate so drift hits both alike.
await measure(raw);
await measure(chiase);
for (let i = 0; i < RUNS; i += 1) {
  results.raw.push(await measure(raw));
  results.chiase.push(await measure(chiase));
}

await fetch(`${base}/reset`);
const fresh = createGatewayClient(
  { gatewayUrl: base, consumerKey: 'bench-key', consumerSecret: 'bench-secret', logLevel: 'off' },
  { env: false },
);
await Promise.all(Array.from({ length: 100 }, () => fresh.services.list()));
const stats = await (await fetch(`${base}/stats`)).json();

const rawMedian = median(results.raw);
const chiaseMedian = median(results.chiase);
const fmt = (n) => n.toFixed(0).padStart(8);
console.log(
  `\nPage of 100 entries, ${bytes} bytes; concurrency ${CONCURRENCY}; ${RUNS} runs of ${SECONDS} s; Node ${process.versions.node}\n`,
);
console.log('| client | req/s (median) | runs | × raw axios |');
console.log('| --- | --- | --- | --- |');
console.log(
  `| raw axios, keep-alive agent (baseline) | ${fmt(rawMedian)} | ${results.raw.map((r) => r.toFixed(0)).join(', ')} | 1.00 |`,
);
console.log(
  `| @chiase/client services.list() | ${fmt(chiaseMedian)} | ${results.chiase.map((r) => r.toFixed(0)).join(', ')} | ${(chiaseMedian / rawMedian).toFixed(2)} |`,
);
console.log(`\nToken requests for 100 concurrent calls of a fresh client: ${stats.tokens} (goal: 1)`);
child.disconnect();
