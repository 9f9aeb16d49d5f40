// The register both servers of the benchmark serve: 2,000 residents' records of a commune register,
// with personal data items the consumer is not granted, and the grant that removes them and keeps
// only one province (row filter). Shared by the servers (bench/server.mjs) and the load generator.

/** Records in the register. */
export const RECORD_COUNT = 2000;

/** The service description: a register served as JSON and XML, behind the gateway's OAuth 2. */
export const description = {
  id: 'H47.22.DMX',
  name: { vi: 'Danh mục xã, phường', en: 'Communes' },
  provider: { id: 'H47.22', name: 'Sở Nội vụ tỉnh An Giang' },
  sharingForm: 'default',
  capacity: { requestsPerDay: 1_000_000_000, maxRecordsPerResponse: 100 },
  endpoints: [
    {
      name: { vi: 'Danh sách xã' },
      path: '/dmx/1.0/xa',
      method: 'GET',
      version: '1.0',
      protocol: 'REST',
      formats: ['JSON', 'XML'],
      authentication: 'oauth2-client-credentials',
    },
  ],
  technicalDocuments: [{ kind: 'openapi', url: 'https://lgsp.angiang.gov.vn/docs/dmx/openapi.json' }],
  dataStructure: {
    items: [
      { code: 'maXa', name: { vi: 'Mã xã' }, type: 'string', required: true },
      { code: 'tenXa', name: { vi: 'Tên xã' }, type: 'string' },
      { code: 'maHuyen', name: { vi: 'Mã huyện' }, type: 'string' },
      { code: 'maTinh', name: { vi: 'Mã tỉnh' }, type: 'string' },
      { code: 'danSo', name: { vi: 'Dân số' }, type: 'integer' },
      { code: 'dienTich', name: { vi: 'Diện tích (km²)' }, type: 'number' },
      { code: 'diaChiTruSo', name: { vi: 'Địa chỉ trụ sở' }, type: 'string' },
      { code: 'chuTich', name: { vi: 'Chủ tịch UBND' }, type: 'string', personalData: true },
      { code: 'dienThoaiChuTich', name: { vi: 'Điện thoại chủ tịch' }, type: 'string', personalData: true },
    ],
  },
  focalPoint: {
    fullName: 'Trần Văn An',
    position: 'Chuyên viên',
    phone: '0296 3852 123',
    email: 'tvan@snv.angiang.gov.vn',
  },
  status: 'published',
  publishedAt: '2026-01-05T09:00:00+07:00',
};

/** The path served. */
export const PATH = '/dmx/1.0/xa';
/** The key item. */
export const KEY = 'maXa';
/** The consumer. */
export const CONSUMER = 'G01.003';
/** The issuer and audience of the consumer's JWT. */
export const ISSUER = 'https://lgsp.angiang.gov.vn';
export const AUDIENCE = 'H47.22.DMX';

/** The consumer's grant: no personal data, only province 91, quotas counted but never reached. */
export const grant = {
  consumerId: CONSUMER,
  serviceId: 'H47.22.DMX',
  items: ['maXa', 'tenXa', 'maHuyen', 'maTinh', 'danSo', 'dienTich', 'diaChiTruSo'],
  rowFilter: { maTinh: '91' },
  quota: { perMinute: 1_000_000_000, perDay: 1_000_000_000 },
  purpose: 'Giải quyết thủ tục hành chính',
};

const WARDS = [
  'Phường Mỹ Bình',
  'Xã Mỹ Hòa Hưng',
  'Phường Long Xuyên',
  'Xã Vĩnh Thạnh Trung',
  'Thị trấn Núi Sập',
];

/** The register, in key order (a source with an index on the key). */
export const records = Array.from({ length: RECORD_COUNT }, (_, i) => ({
  maXa: String(30_000 + i).padStart(5, '0'),
  tenXa: `${WARDS[i % WARDS.length]} ${i + 1}`,
  maHuyen: String(883 + (i % 11)),
  maTinh: i % 4 === 0 ? '89' : '91',
  danSo: 8_000 + ((i * 7919) % 40_000),
  dienTich: Math.round((10 + ((i * 31) % 900) / 10) * 100) / 100,
  diaChiTruSo: `Số ${i + 1}, đường Trần Hưng Đạo, ${WARDS[(i + 2) % WARDS.length]}, tỉnh An Giang`,
  chuTich: `Nguyễn Văn Hùng ${i + 1}`,
  dienThoaiChuTich: `09${String(10_000_000 + i).padStart(8, '0')}`,
}));

/**
 * A source over the register kept in key order, as a table with an index on the key answers: walks
 * from the first key after `after`, keeps the records meeting every filter, stops at `limit`.
 * Both servers read through it, so the source costs them the same.
 */
export function sortedMemorySource(rows) {
  const meets = (row, filters) => filters.every((f) => row[f.field] === f.value);
  return {
    async list(query) {
      const out = [];
      for (const row of rows) {
        if (query.after !== undefined && row[query.key] <= query.after) continue;
        if (!meets(row, query.filters)) continue;
        out.push(row);
        if (out.length === query.limit) break;
      }
      return out;
    },
    async get(key, value, filters) {
      return rows.find((row) => row[key] === value && meets(row, filters));
    },
    async count(filters) {
      return rows.filter((row) => meets(row, filters)).length;
    },
  };
}
