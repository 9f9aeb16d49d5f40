// The Chiase demo (npm run demo): a sample agency (Sở Giáo dục và Đào tạo, e-ID H12.01) on the mock
// LGSP gateway registers a data-sharing service (Decree 47/2020 Art. 24-25) and a database catalogue entry
// (Art. 11.4), then publishes two registers as open data: a UTF-8 CSV, and a legacy TCVN3 file with a few
// bad rows, whose error report is written beside it. Everything runs on this machine and is safe to re-run.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGatewayClient } from '@chiase/client';
import { encodeTcvn3, loadDatasetSchema, publishCsv } from '@chiase/connector-csv';
import { sampleServiceDescription, startMockGateway } from '@chiase/mock-gateway';
import { parseArtefact } from '@chiase/schema';

const here = dirname(fileURLToPath(import.meta.url));
const output = join(here, '.output');
mkdirSync(output, { recursive: true });
const started = performance.now();
const say = (line) => console.log(line);

const gateway = await startMockGateway({ port: 0 });
try {
  say(`Mock gateway (LGSP) on ${gateway.url}`);
  const client = createGatewayClient({
    gatewayUrl: gateway.url,
    consumerKey: 'test-consumer',
    consumerSecret: 'test-secret',
    logLevel: 'off',
  });

  // 1. The agency's data-sharing service and its database, validated locally first.
  const service = parseArtefact(
    'service-description',
    sampleServiceDescription('H12.01.TRUONGHOC.TRACUU', {
      name: { vi: 'Tra cứu thông tin trường trung học phổ thông', en: 'Upper secondary school lookup' },
      provider: { id: 'H12.01', name: 'Sở Giáo dục và Đào tạo' },
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
  say(`\nDone in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
} finally {
  await gateway.close();
}
