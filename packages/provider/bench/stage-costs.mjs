// node bench/stage-costs.mjs (after a build): CPU per request of each stage the provider adds to a
// bare handler, measured alone on this machine, to read beside the load test (bench/run.mjs) and a
// CPU profile (BENCH_PROFILE). CPU of every thread of this process (crypto runs on the thread pool).
import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import { openSqlStore } from '@chiase/sql-store';
import { createLocalJWKSet, exportJWK, generateKeyPair, jwtVerify, SignJWT } from 'jose';
import { createSqlSharingLog } from '../dist/index.js';
import { grant, records } from './register.mjs';

/** CPU µs per call of `fn`, run `count` times with 16 in flight after a warm-up. */
async function cpuPerCall(fn, count = 3000) {
  for (let i = 0; i < 300; i += 1) await fn(i);
  let next = 0;
  const before = process.cpuUsage();
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (next < count) await fn(next++);
    }),
  );
  const used = process.cpuUsage(before);
  return (used.user + used.system) / count;
}

const rows = [];
for (const alg of ['RS256', 'ES256']) {
  const { privateKey, publicKey } = await generateKeyPair(alg);
  const keys = createLocalJWKSet({ keys: [{ ...(await exportJWK(publicKey)), kid: 'k', alg }] });
  const token = await new SignJWT({ sub: 'G01.003' })
    .setProtectedHeader({ alg, kid: 'k' })
    .setIssuedAt()
    .setIssuer('i')
    .setAudience('a')
    .setExpirationTime('1h')
    .sign(privateKey);
  rows.push([
    `JWT verification, ${alg} (jose, local JWKS)`,
    await cpuPerCall(() => jwtVerify(token, keys, { issuer: 'i', audience: 'a' })),
  ]);
}

const page = records
  .filter((r) => r.maTinh === '91')
  .slice(0, 50)
  .map((r) => Object.fromEntries(grant.items.map((i) => [i, r[i]])));
const body = JSON.stringify({ data: page, nextCursor: 'x'.repeat(62) });
const bytes = Buffer.from(body);
rows.push([
  `JSON.stringify of the page (${bytes.length} bytes; the bare handler does it too)`,
  await cpuPerCall(() => JSON.stringify({ data: page, nextCursor: null })),
]);
rows.push([
  'UTF-8 encoding + SHA-256 of the body (log digest, Repr-Digest)',
  await cpuPerCall(() => createHash('sha256').update(new TextEncoder().encode(body)).digest('hex')),
]);
const cursorKey = randomBytes(32);
rows.push([
  'sealing the next-page cursor (AES-256-GCM)',
  await cpuPerCall(() => {
    const cipher = createCipheriv('aes-256-gcm', cursorKey, randomBytes(12));
    cipher.setAAD(Buffer.from('H47.22.DMX'));
    return Buffer.concat([cipher.update('["30001"]', 'utf8'), cipher.final(), cipher.getAuthTag()]).toString(
      'base64url',
    );
  }),
]);
rows.push([
  'Fetch Request from a Node request (Headers, URL, AbortSignal)',
  await cpuPerCall(() => {
    const headers = new Headers({
      host: '127.0.0.1:8080',
      authorization: 'Bearer x',
      accept: 'application/json',
    });
    return new Request(new URL('/dmx/1.0/xa', 'http://127.0.0.1:8080'), {
      headers,
      signal: new AbortController().signal,
    });
  }),
]);
rows.push([
  'Fetch Response built, then read back as bytes by the Node adapter',
  await cpuPerCall(async () => {
    const response = new Response(bytes, { status: 200, headers: { 'content-type': 'application/json' } });
    return Buffer.from(await response.arrayBuffer());
  }),
]);

const record = (i) => ({
  requestedAt: new Date(),
  providedAt: new Date(),
  form: 'online',
  consumerId: 'G01.003',
  serviceId: 'H47.22.DMX',
  operation: 'GET /dmx/1.0/xa',
  parameters: {},
  purpose: grant.purpose,
  requestId: `req-${i}`,
  httpStatus: 200,
  outcome: 'fulfilled',
  recordCount: 50,
  itemCodes: grant.items,
  dataSha256: 'a'.repeat(64),
});
for (const batch of [1, 8, 16]) {
  const store = await openSqlStore('memory://');
  const log = await createSqlSharingLog({ store });
  // `batch` appends that arrive together make one write.
  const write = (i) =>
    Promise.all(Array.from({ length: batch }, (_, k) => log.append(record(i * batch + k))));
  for (let i = 0; i < 20; i += 1) await write(i);
  const writes = Math.ceil(1600 / batch);
  const before = process.cpuUsage();
  for (let i = 0; i < writes; i += 1) await write(i);
  const used = process.cpuUsage(before);
  rows.push([
    `sharing log on PGlite in memory, ${batch} record(s) per write (per record)`,
    (used.user + used.system) / (writes * batch),
  ]);
  await store.close();
}

console.log(`\nCPU per request of each stage, Node ${process.versions.node}\n`);
console.log('| stage | CPU µs |');
console.log('| --- | ---: |');
for (const [stage, micros] of rows) console.log(`| ${stage} | ${micros.toFixed(0)} |`);
