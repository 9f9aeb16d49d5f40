// An agency register served as a Decree 47/2020 data-sharing service with @chiase/provider, published in
// the gateway catalogue, requested, accepted and called by another agency through the gateway, every call
// recorded in the hash-chained sharing log. Everything runs on this machine: the mock gateway on
// 127.0.0.1 and PGlite in memory. For production, open the store with a postgres:// URL, point the
// clients at your LGSP (CHIASE_GATEWAY_URL…) and take the JWKS URL and issuer from its operator.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { createGatewayClient } from '@chiase/client';
import { startMockGateway, upstreamProvider } from '@chiase/mock-gateway';
import {
  acceptConnectionRequest,
  createNodeHandler,
  createProvider,
  createSqlAccessRights,
  createSqlSharingLog,
  jwtAuthenticator,
  pendingConnectionRequests,
  publishServices,
  sharingUsageReport,
  sqlTableSource,
  verifySharingLog,
} from '@chiase/provider';
import { openSqlStore } from '@chiase/sql-store';

const PROVIDER = { key: 'skhdt-cantho', secret: 'provider-secret-0001', agencyId: 'H62.05' };
const CONSUMER = { key: 'cucthue-cantho', secret: 'consumer-secret-0001', agencyId: 'H62.20' };
const SERVICE = 'H62.05.HKD';
const agency = { id: PROVIDER.agencyId, name: 'Sở Kế hoạch và Đầu tư thành phố Cần Thơ' };

// 1. The register: household businesses, in the agency's own database.
const store = await openSqlStore('memory://');
await store.exec(`CREATE TABLE ho_kinh_doanh (
  "maSo" text PRIMARY KEY, "tenHo" text, "nganhNghe" text, "maPhuong" text, "chuHoCccd" text)`);
const rows = [
  ['92A8000001', 'Tiệm bánh Hoà Bình', 'Bán lẻ thực phẩm', '31117', '092085000123'],
  ['92A8000002', 'Cơm tấm Cô Ba', 'Dịch vụ ăn uống', '31117', '092190000456'],
  ['92A8000003', 'Sửa xe Minh Trí', 'Sửa chữa xe máy', '31120', '092078000789'],
];
for (const row of rows) await store.query('INSERT INTO ho_kinh_doanh VALUES ($1, $2, $3, $4, $5)', row);

// 2. Its service description (Art. 24.3): the items it may share, the endpoint, capacity, focal point.
const description = {
  id: SERVICE,
  name: { vi: 'Tra cứu hộ kinh doanh', en: 'Household business lookup' },
  provider: agency,
  sharingForm: 'default',
  capacity: { requestsPerDay: 5000, maxRecordsPerResponse: 100 },
  endpoints: [
    {
      name: { vi: 'Danh sách hộ kinh doanh' },
      path: '/hkd/1.0/ho-kinh-doanh',
      method: 'GET',
      version: '1.0',
      protocol: 'REST',
      formats: ['JSON', 'XML'],
      authentication: 'oauth2-client-credentials',
    },
  ],
  technicalDocuments: [{ kind: 'openapi', url: 'https://lgsp.cantho.gov.vn/docs/hkd/openapi.json' }],
  dataStructure: {
    items: [
      { code: 'maSo', name: { vi: 'Mã số hộ kinh doanh' }, type: 'string', required: true },
      { code: 'tenHo', name: { vi: 'Tên hộ kinh doanh' }, type: 'string' },
      { code: 'nganhNghe', name: { vi: 'Ngành, nghề kinh doanh' }, type: 'string' },
      { code: 'maPhuong', name: { vi: 'Mã phường, xã' }, type: 'string' },
      { code: 'chuHoCccd', name: { vi: 'Số CCCD chủ hộ' }, type: 'string', personalData: true },
    ],
  },
  focalPoint: {
    fullName: 'Lê Thị Thu',
    position: 'Chuyên viên',
    phone: '0292 3820 123',
    email: 'ltthu@skhdt.cantho.gov.vn',
  },
  status: 'published',
  publishedAt: '2026-01-05T09:00:00+07:00',
};

// 3. The gateway, and the provider behind it: consumers are who the gateway's signed assertion says.
const gateway = await startMockGateway({ port: 0, consumers: [PROVIDER, CONSUMER] });
const rights = await createSqlAccessRights({ store });
const sharingLog = await createSqlSharingLog({ store });
const provider = createProvider({
  services: [{ description, source: sqlTableSource({ store, table: 'ho_kinh_doanh' }), key: 'maSo' }],
  authenticators: [
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
const server = createServer(createNodeHandler(provider));
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
// What the LGSP operator configures when the service is connected: where its provider system is.
gateway.state.providers.set(SERVICE, upstreamProvider(`http://127.0.0.1:${server.address().port}`));

const client = (account) =>
  createGatewayClient({
    gatewayUrl: gateway.url,
    consumerKey: account.key,
    consumerSecret: account.secret,
    logLevel: 'off',
  });
const asProvider = client(PROVIDER);
const asConsumer = client(CONSUMER);
try {
  // 4. Publish the description in the catalogue (Art. 25).
  await publishServices(provider, asProvider);
  console.log(`Published ${SERVICE} in the gateway catalogue.`);

  // 5. The tax office asks for a connection (Art. 35.1–35.2): two items, for its own purpose.
  await asConsumer.connectionRequests.create({
    id: 'YC-HKD-0001',
    requester: { id: CONSUMER.agencyId, name: 'Chi cục Thuế khu vực Cần Thơ' },
    purpose: { vi: 'Đối chiếu hộ kinh doanh khi quản lý thuế khoán.' },
    requestedItems: [
      { code: 'maSo', name: 'Mã số hộ kinh doanh' },
      { code: 'tenHo', name: 'Tên hộ kinh doanh' },
      { code: 'nganhNghe', name: 'Ngành, nghề kinh doanh' },
    ],
    itemCount: 3,
    service: { id: SERVICE, name: 'Tra cứu hộ kinh doanh' },
    accessFrequency: { requests: 200, per: 'day' },
    submittedAt: new Date().toISOString(),
  });

  // 6. The provider decides within 2 working days (Art. 35.3 as amended): accepted, one ward only.
  const [pending] = await pendingConnectionRequests(asProvider, PROVIDER.agencyId);
  assert.ok(pending, 'the request is pending');
  console.log(`Request ${pending.entry.request.id}: answer due by ${pending.deadline.dueDate} (Art. 35.3).`);
  await acceptConnectionRequest(asProvider, rights, pending.entry, {
    provider: agency,
    accountId: CONSUMER.key,
    rowFilter: { maPhuong: '31117' },
    quota: { perMinute: 60 },
  });

  // 7. The consumer calls through the gateway: its ward's households, the agreed items, no personal ID.
  const page = await asConsumer.invoke(SERVICE, { json: { limit: 50 } });
  console.log('The tax office received:');
  for (const record of page.data) console.log(`  ${JSON.stringify(record)}`);
  assert.equal(page.data.length, 2);
  assert.ok(page.data.every((r) => !('chuHoCccd' in r) && !('maPhuong' in r)));

  // 8. The sharing log (Art. 45.2) holds the call, sealed in a chain anyone can check.
  await sharingLog.flush();
  const verified = await verifySharingLog(store);
  assert.ok(verified.ok);
  console.log(
    `Sharing log: ${verified.entries} entr${verified.entries === 1 ? 'y' : 'ies'}, chain intact (head ${verified.head?.seq}:${verified.head?.entryHash.slice(0, 16)}…).`,
  );
  const now = Date.now();
  for (const line of await sharingUsageReport(store, {
    from: new Date(now - 3_600_000),
    to: new Date(now + 3_600_000),
  })) {
    console.log(
      `Usage (Art. 16.2): ${line.consumerId} · ${line.serviceId}: ${line.fulfilled}/${line.requests} met, ${line.records} records.`,
    );
  }
} finally {
  const closed = new Promise((resolve) => server.close(resolve));
  server.closeAllConnections(); // the gateway's keep-alive connections, idle or not
  await closed;
  await gateway.close();
  await store.close();
}
