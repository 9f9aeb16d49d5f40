// The Chiase demo (npm run demo): a sample agency (Sở Giáo dục và Đào tạo, e-ID H12.01) on the mock
// LGSP gateway registers a data-sharing service (Decree 47/2020 Art. 24-25) and a database catalogue entry
// (Art. 11.4), then publishes two registers as open data: a UTF-8 CSV, and a legacy TCVN3 file with a few
// bad rows, whose error report is written beside it. The UTF-8 register is also loaded into a table and
// served through @chiase/provider: another agency asks for a connection, is accepted for one province and
// three items, calls through the gateway, and the call lands in the hash-chained sharing log.
// Everything runs on this machine (PGlite in memory) and is safe to re-run.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGatewayClient } from '@chiase/client';
import { encodeTcvn3, loadDatasetSchema, publishCsv } from '@chiase/connector-csv';
import { sampleServiceDescription, startMockGateway, upstreamProvider } from '@chiase/mock-gateway';
import {
  acceptConnectionRequest,
  createNodeHandler,
  createProvider,
  createSqlAccessRights,
  createSqlSharingLog,
  jwtAuthenticator,
  pendingConnectionRequests,
  publishServices,
  sqlTableSource,
  verifySharingLog,
} from '@chiase/provider';
import { parseArtefact } from '@chiase/schema';
import { openSqlStore } from '@chiase/sql-store';

const here = dirname(fileURLToPath(import.meta.url));
const output = join(here, '.output');
mkdirSync(output, { recursive: true });
const started = performance.now();
const say = (line) => console.log(line);

// Two agencies on the gateway: the education department (provider) and the finance department.
const EDUCATION = { key: 'test-consumer', secret: 'test-secret', agencyId: 'H12.01' };
const FINANCE = { key: 'so-tai-chinh', secret: 'demo-secret-stc-0001', agencyId: 'H12.05' };
const SERVICE = 'H12.01.TRUONGHOC.TRACUU';
const gateway = await startMockGateway({ port: 0, consumers: [EDUCATION, FINANCE] });
// The department's own database (PGlite in memory here; a postgres:// URL in production).
const store = await openSqlStore('memory://');
const server = createServer();
try {
  say(`Mock gateway (LGSP) on ${gateway.url}`);
  const clientOf = (account) =>
    createGatewayClient({
      gatewayUrl: gateway.url,
      consumerKey: account.key,
      consumerSecret: account.secret,
      logLevel: 'off',
    });
  const client = clientOf(EDUCATION);

  // 1. The agency's data-sharing service and its database, validated locally first.
  const item = (code, vi, type) => ({ code, name: { vi }, type });
  const service = parseArtefact(
    'service-description',
    sampleServiceDescription(SERVICE, {
      name: { vi: 'Tra cứu thông tin trường trung học phổ thông', en: 'Upper secondary school lookup' },
      provider: { id: 'H12.01', name: 'Sở Giáo dục và Đào tạo' },
      capacity: { requestsPerDay: 10_000, maxRecordsPerResponse: 100 },
      endpoints: [
        {
          name: { vi: 'Danh sách trường THPT', en: 'Upper secondary schools' },
          path: '/truonghoc/1.0/truong',
          method: 'GET',
          version: '1.0',
          protocol: 'REST',
          formats: ['JSON', 'XML'],
          authentication: 'oauth2-client-credentials',
        },
      ],
      dataStructure: {
        items: [
          { ...item('ma_truong', 'Mã trường', 'string'), required: true },
          item('ten_truong', 'Tên trường', 'string'),
          item('ngay_thanh_lap', 'Ngày thành lập', 'date'),
          item('ma_tinh', 'Mã tỉnh', 'string'),
          item('so_hoc_sinh', 'Số học sinh', 'integer'),
          item('dien_thoai', 'Điện thoại', 'string'),
        ],
      },
    }),
  );
  await client.services.put(service);
  const database = parseArtefact(
    'database-catalogue-entry',
    JSON.parse(readFileSync(join(here, 'data/database-entry.json'), 'utf8')),
  );
  await client.databases.put(database.id, database);

  // 2. Two registers as open data.
  const schema = await loadDatasetSchema(join(here, 'data/truong-hoc.schema.json'));
  const dataset = {
    title: { vi: 'Danh sách trường trung học phổ thông', en: 'Upper secondary schools' },
    description: { vi: 'Các trường THPT, năm thành lập và số học sinh.' },
    publisher: { id: 'H12.01', name: 'Sở Giáo dục và Đào tạo' },
    contactPoint: { name: 'Phòng Kế hoạch - Tài chính', email: 'khtc@sogd.example.gov.vn' },
    updateFrequency: 'ANNUAL',
    issued: '2026-01-05',
  };
  const license = 'https://data.gov.vn/giay-phep-du-lieu-mo';

  const utf8Options = {
    file: join(here, 'data/truong-hoc.csv'),
    datasetId: 'truong-thpt',
    schema,
    client,
    dataset,
    license,
    errorReport: join(output, 'truong-hoc.errors.csv'),
    // The valid rows also go into the department's table, which the provider serves below.
    table: { store, table: 'truong_thpt' },
  };
  const utf8 = await publishCsv(utf8Options);
  // The same file again: its SHA-256 matches the published distribution, so nothing is sent.
  const again = await publishCsv(utf8Options);

  // A register kept in the legacy TCVN3 (ABC) encoding, as old office software wrote it, with two bad rows.
  const legacyText = [
    'Mã trường;Tên trường;Ngày thành lập;Mã tỉnh;Số học sinh;Điện thoại',
    '48001;trường thpt phan châu trinh;05/09/1952;48;1900;0236 3821 410',
    '46001;trường quốc học;23/10/1896;46;1300;0234 3823 516',
    '46002;trường thpt hai bà trưng;01/09/1917;46;1200;0234 3822 304',
    '46003;trường thpt nguyễn huệ;31/02/1960;46;1000;0234 3825 111',
    '46004;trường thpt đặng trần côn;01/09/1964;99;900;0234 3826 222',
  ].join('\r\n');
  const legacyFile = join(output, 'truong-hoc-tcvn3.csv');
  writeFileSync(legacyFile, encodeTcvn3(legacyText, { capitals: 'lowercase' }));
  const legacy = await publishCsv({
    file: legacyFile,
    datasetId: 'truong-thpt-mien-trung',
    schema,
    client,
    dataset: { ...dataset, title: { vi: 'Trường THPT các tỉnh miền Trung' } },
    license,
    errorReport: join(output, 'truong-hoc-tcvn3.errors.csv'),
  });

  // 3. What the gateway's catalogue now holds.
  say('\nCatalogue of data-sharing services:');
  for await (const entry of client.services.list()) say(`  ${entry.id}  ${entry.service.name.vi}`);
  say('Database catalogue:');
  for await (const entry of client.databases.list()) say(`  ${entry.id}  ${entry.database.name.vi}`);
  say('Open data:');
  for await (const entry of client.openData.listDatasets()) {
    const [file] = entry.dataset.distributions;
    say(
      `  ${entry.id}  ${entry.dataset.title.vi}  (${file?.byteSize} bytes, sha256 ${file?.sha256?.slice(0, 12)}…)`,
    );
  }
  for (const [name, result] of [
    ['UTF-8 register', utf8],
    ['UTF-8 register, again', again],
    ['TCVN3 register', legacy],
  ]) {
    say(
      `\n${name}: ${result.status}, ${result.rows.valid} valid rows, ${result.rows.invalid} rejected` +
        (result.errorReport ? `; error report: ${relative(process.cwd(), result.errorReport)}` : ''),
    );
  }
  // Former Art. 20.3 (update within 3 months, review every 6): repealed by Decree 194/2025 from 19/08/2025.
  const { nextUpdate, notes } = utf8.schedule;
  say(
    nextUpdate ? `Next data update due by ${nextUpdate.dueDate}.` : `No legal update date: ${notes[0]?.en}`,
  );

  // 4. The school table served as the data-sharing service (Art. 24) through @chiase/provider.
  const rights = await createSqlAccessRights({ store });
  const sharingLog = await createSqlSharingLog({ store });
  const provider = createProvider({
    services: [
      { description: service, source: sqlTableSource({ store, table: 'truong_thpt' }), key: 'ma_truong' },
    ],
    authenticators: [
      // The gateway forwards each caller as a signed JWT; its public keys are at /jwks.
      jwtAuthenticator({
        jwksUrl: `${gateway.url}/jwks`,
        issuer: gateway.url,
        audience: SERVICE,
        header: 'x-jwt-assertion',
      }),
    ],
    accessRights: rights,
    sharingLog,
  });
  server.on('request', createNodeHandler(provider));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  gateway.state.providers.set(SERVICE, upstreamProvider(`http://127.0.0.1:${server.address().port}`));
  await publishServices(provider, client);

  // The finance department asks for three items (Art. 35.2); the provider answers in time (Art. 35.3).
  const finance = clientOf(FINANCE);
  await finance.connectionRequests.create({
    id: 'YC-2026-0001',
    requester: { id: FINANCE.agencyId, name: 'Sở Tài chính' },
    purpose: { vi: 'Lập dự toán chi thường xuyên theo số học sinh.' },
    requestedItems: [
      { code: 'ma_truong', name: 'Mã trường' },
      { code: 'ten_truong', name: 'Tên trường' },
      { code: 'so_hoc_sinh', name: 'Số học sinh' },
    ],
    itemCount: 3,
    service: { id: SERVICE, name: service.name.vi },
    accessFrequency: { requests: 100, per: 'day' },
    submittedAt: new Date().toISOString(),
  });
  const [request] = await pendingConnectionRequests(client, EDUCATION.agencyId);
  say(
    `\nConnection request ${request.entry.request.id} from ${FINANCE.agencyId}: answer due by ${request.deadline.dueDate}.`,
  );
  await acceptConnectionRequest(client, rights, request.entry, {
    provider: service.provider,
    accountId: FINANCE.key,
    rowFilter: { ma_tinh: '79' },
  });
  const page = await finance.invoke(SERVICE, { json: { limit: 100 } });
  say(
    `The finance department called through the gateway and received ${page.data.length} schools (province 79 only, three items):`,
  );
  for (const school of page.data) say(`  ${JSON.stringify(school)}`);
  await sharingLog.flush();
  const verified = await verifySharingLog(store);
  say(
    `Sharing log (Art. 45): ${verified.entries} entr${verified.entries === 1 ? 'y' : 'ies'}, chain ${verified.ok ? 'intact' : 'BROKEN'}.`,
  );
  if (!verified.ok || page.data.some((school) => 'dien_thoai' in school))
    throw new Error('The demo did not behave as described.');

  say(`\nDone in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
} finally {
  if (server.listening) {
    const closed = new Promise((resolve) => server.close(resolve));
    server.closeAllConnections(); // the gateway's keep-alive connections, idle or not
    await closed;
  }
  await gateway.close();
  await store.close();
}
