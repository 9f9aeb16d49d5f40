// Publish a CSV register as open data with the Chiase SDK (former Decree 47/2020 Art. 17-21; DCAT-AP 3),
// against the mock gateway on 127.0.0.1. For a real LGSP, create the client from CHIASE_GATEWAY_URL,
// CHIASE_CONSUMER_KEY and CHIASE_CONSUMER_SECRET (createGatewayClient() reads them) and drop the mock.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGatewayClient } from '@chiase/client';
import { parseDatasetSchema, publishCsv } from '@chiase/connector-csv';
import { startMockGateway } from '@chiase/mock-gateway';

const here = fileURLToPath(new URL('.', import.meta.url));
const gateway = await startMockGateway({ port: 0 });
try {
  const client = createGatewayClient({
    gatewayUrl: gateway.url,
    consumerKey: 'test-consumer',
    consumerSecret: 'test-secret',
  });
  const schema = parseDatasetSchema({
    columns: [
      { name: 'ma_co_so', header: ['Mã cơ sở'], type: 'string', required: true },
      { name: 'ten_co_so', header: ['Tên cơ sở'], type: 'string', required: true },
      { name: 'ngay_cap_phep', header: ['Ngày cấp phép'], type: 'date', required: true },
      { name: 'ma_tinh', header: ['Mã tỉnh'], type: 'string', required: true, format: 'province-code' },
      { name: 'dien_thoai', header: ['Điện thoại'], type: 'string', format: 'phone' },
    ],
  });
  const result = await publishCsv({
    file: join(here, 'co-so-y-te.csv'),
    datasetId: 'co-so-kham-chua-benh',
    schema,
    client,
    license: 'https://data.gov.vn/giay-phep-du-lieu-mo',
    errorReport: join(here, '.output-errors.csv'),
    dataset: {
      title: { vi: 'Danh sách cơ sở khám bệnh, chữa bệnh', en: 'Licensed hospitals' },
      description: { vi: 'Cơ sở khám chữa bệnh được cấp phép hoạt động.' },
      publisher: { id: 'H12.05', name: 'Sở Y tế' },
      contactPoint: { name: 'Phòng Nghiệp vụ Y', email: 'nvy@soyte.example.gov.vn' },
      updateFrequency: 'QUARTERLY',
      issued: '2026-01-05',
    },
  });
  console.log(
    `${result.status}: ${result.rows.valid} rows, ${result.rows.invalid} rejected, sha256 ${result.sha256}`,
  );
  if (result.errorReport) console.log(`error report: ${result.errorReport}`);
} finally {
  await gateway.close();
}
