import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ClientHooks, createGatewayClient } from '@chiase/client';
import { createManualClock, type RunningMockGateway, startMockGateway } from '@chiase/mock-gateway';
import { ValidationError } from '@chiase/schema';
import { openSqlStore } from '@chiase/sql-store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeTcvn3 } from '../encoding/tcvn3';
import { ErrorBudgetExceededError } from '../errors/error-budget-exceeded-error';
import { PublishError } from '../errors/publish-error';
import { parseDatasetSchema } from '../schema/load-dataset-schema';
import { type DatasetMetadata, publishCsv } from './publish-csv';

const schema = parseDatasetSchema({
  columns: [
    { name: 'ma', header: ['Mã trường'], type: 'string', required: true },
    { name: 'ten', header: ['Tên trường'], type: 'string', required: true },
    { name: 'ngay_thanh_lap', header: ['Ngày thành lập'], type: 'date', required: true },
    { name: 'ma_tinh', header: ['Mã tỉnh'], type: 'string', required: true, format: 'province-code' },
  ],
});

const metadata: DatasetMetadata = {
  title: { vi: 'Danh sách trường trung học phổ thông', en: 'Upper secondary schools' },
  description: { vi: 'Các trường THPT trên địa bàn tỉnh, cập nhật hằng năm.' },
  publisher: { id: 'H12.01', name: 'Sở Giáo dục và Đào tạo' },
  contactPoint: { name: 'Phòng Kế hoạch - Tài chính', email: 'khtc@example.gov.vn' },
  updateFrequency: 'ANNUAL',
  issued: '2026-01-05',
};

const GOOD = [
  'Mã trường;Tên trường;Ngày thành lập;Mã tỉnh',
  '79001;Trường THPT Nguyễn Thị Minh Khai;15/08/1913;79',
  '01002;"Trường THPT Chu Văn An; Hà Nội";10/10/1908;01',
].join('\r\n');

let gateway: RunningMockGateway;
let dir: string;
beforeAll(async () => {
  gateway = await startMockGateway({ port: 0 });
  dir = mkdtempSync(join(tmpdir(), 'chiase-publish-test-'));
});
afterAll(async () => {
  await gateway.close();
  rmSync(dir, { recursive: true, force: true });
});

function client(url = gateway.url, hooks?: ClientHooks) {
  return createGatewayClient(
    {
      gatewayUrl: url,
      consumerKey: 'test-consumer',
      consumerSecret: 'test-secret',
      logLevel: 'off',
      ...(hooks === undefined ? {} : { hooks }),
    },
    { env: false },
  );
}

/** Runs `work` with the temporary directory pointed at a fresh folder: what it threw and what it left there. */
async function inPrivateTmp(work: () => Promise<unknown>): Promise<{ error: unknown; left: string[] }> {
  const tmp = mkdtempSync(join(dir, 'tmp-'));
  const saved = process.env.TMPDIR;
  process.env.TMPDIR = tmp;
  let error: unknown;
  try {
    await work();
  } catch (thrown) {
    error = thrown;
  } finally {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
  }
  return { error, left: readdirSync(tmp) };
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('publishCsv against the mock gateway', () => {
  it('publishes a clean UTF-8 distribution once, then reports the same file as unchanged', async () => {
    const phases: string[] = [];
    const first = await publishCsv({
      file: file('truong.csv', GOOD),
      datasetId: 'truong-thpt',
      schema,
      client: client(),
      dataset: metadata,
      license: 'https://data.gov.vn/giay-phep',
      today: '2026-03-02',
      onProgress: (p) => phases.push(p.phase),
    });
    expect(first).toMatchObject({
      status: 'published',
      rows: { valid: 2, invalid: 0 },
      errorReport: undefined,
    });
    expect(phases.at(-1)).toBe('done');

    const download = await client().openData.downloadDistribution('truong-thpt', 'csv');
    const text = new TextDecoder().decode(download.bytes);
    expect(text).toBe(
      'ma,ten,ngay_thanh_lap,ma_tinh\r\n' +
        '79001,Trường THPT Nguyễn Thị Minh Khai,1913-08-15,79\r\n' +
        '01002,Trường THPT Chu Văn An; Hà Nội,1908-10-10,01\r\n',
    );
    expect(download.bytes.byteLength).toBe(first.byteSize);
    // The upload is the data update: the gateway dates the dataset with the upload day (Art. 20.3).
    expect(first.dataset.dataset.modified).toBe(first.dataset.dataset.dataUpdatedOn);
    // Decree 194/2025 repealed Art. 17–21 before this upload: no legal update date, and the reason.
    expect(first.schedule.nextUpdate).toBeUndefined();
    expect(first.schedule.notes.map((n) => n.en).join()).toMatch(/not in force/);
    expect(first.dataset.dataset.distributions[0]).toMatchObject({
      id: 'csv',
      sha256: first.sha256,
      format: 'CSV',
    });

    const uploadsBefore = gateway.requestLog
      .entries()
      .filter((e) => e.operationId === 'openData.uploadDistribution').length;
    const again = await publishCsv({
      file: file('truong-2.csv', GOOD),
      datasetId: 'truong-thpt',
      schema,
      client: client(),
    });
    expect(again.status).toBe('unchanged');
    expect(again.sha256).toBe(first.sha256);
    const uploadsAfter = gateway.requestLog
      .entries()
      .filter((e) => e.operationId === 'openData.uploadDistribution').length;
    expect(uploadsAfter).toBe(uploadsBefore);
  });

  it('dates the next update and review per Art. 20.3 for a publication while it was in force', async () => {
    const clock = createManualClock('2025-03-03T03:00:00Z');
    const past = await startMockGateway({ port: 0, clock });
    try {
      const result = await publishCsv({
        file: file('truong-2025.csv', GOOD),
        datasetId: 'truong-2025',
        schema,
        client: client(past.url),
        dataset: { ...metadata, issued: '2025-01-06' },
        license: 'https://data.gov.vn/giay-phep',
        today: '2025-03-03',
      });
      expect(result.dataset.dataset.dataUpdatedOn).toBe('2025-03-03');
      expect(result.schedule.nextUpdate?.dueDate).toBe('2025-06-03');
      // 06/07/2025 is a Sunday: the period ends on the next working day (Civil Code Art. 148.5).
      expect(result.schedule.nextReview?.dueDate).toBe('2025-07-07');
    } finally {
      await past.close();
    }
  });

  it('reads a legacy TCVN3 file, reports bad rows and publishes the rest', async () => {
    const text = `${GOOD}\r\n99003;Trường THPT Lê Quý Đôn;31/02/2001;79\r\n99004;Trường THPT Phan Bội Châu;01/09/1958;99`;
    const path = file('tcvn3.csv', encodeTcvn3(text, { capitals: 'lowercase' }));
    const result = await publishCsv({
      file: path,
      datasetId: 'truong-tcvn3',
      schema,
      client: client(),
      dataset: metadata,
      license: 'https://data.gov.vn/giay-phep',
    });
    expect(result).toMatchObject({ status: 'published', rows: { valid: 2, invalid: 2 } });
    const report = readFileSync(result.errorReport as string, 'utf8');
    expect(report.split('\r\n').filter((l) => l.length > 0)).toHaveLength(3);
    expect(report).toMatch(/ngay_thanh_lap/);
    expect(report).toMatch(/ma_tinh/);
  });

  it('publishes nothing when the error budget is exceeded, and nothing when aborted', async () => {
    const bad = `${GOOD}\r\nx;y;khong-phai-ngay;00`;
    await expect(
      publishCsv({
        file: file('bad.csv', bad),
        datasetId: 'truong-bad',
        schema,
        client: client(),
        dataset: metadata,
        maxErrors: 0,
      }),
    ).rejects.toBeInstanceOf(ErrorBudgetExceededError);
    const controller = new AbortController();
    controller.abort(new Error('stopped by the operator'));
    await expect(
      publishCsv({
        file: file('ok.csv', GOOD),
        datasetId: 'truong-aborted',
        schema,
        client: client(),
        dataset: metadata,
        signal: controller.signal,
      }),
    ).rejects.toThrow('stopped by the operator');
    const ids = gateway.state.openData.datasets.list().map((e) => e.id);
    expect(ids).not.toContain('truong-bad');
    expect(ids).not.toContain('truong-aborted');
  });

  it('publishes nothing when aborted half way through a file, and removes its temporary file', async () => {
    const lines = ['Mã trường;Tên trường;Ngày thành lập;Mã tỉnh'];
    for (let i = 0; i < 60_000; i++) lines.push(`${String(i).padStart(5, '0')};Trường số ${i};01/09/1990;79`);
    const path = file('lon.csv', lines.join('\r\n'));
    const controller = new AbortController();
    let seen = 0;
    const { error, left } = await inPrivateTmp(() =>
      publishCsv({
        file: path,
        datasetId: 'truong-lon',
        schema,
        client: client(),
        dataset: metadata,
        license: 'https://data.gov.vn/giay-phep',
        signal: controller.signal,
        onProgress: (p) => {
          seen = p.validRows;
          if (p.validRows > 0) controller.abort(new Error('stopped half way'));
        },
      }),
    );
    expect((error as Error).message).toBe('stopped half way');
    expect(seen).toBeGreaterThan(0);
    expect(seen).toBeLessThan(60_000);
    expect(left).toEqual([]);
    expect(gateway.state.openData.datasets.get('truong-lon')).toBeUndefined();
  });

  it('puts the previous catalogue entry back when an upload is aborted, and publishes on the next run', async () => {
    const first = await publishCsv({
      file: file('v1.csv', GOOD),
      datasetId: 'truong-v',
      schema,
      client: client(),
      dataset: metadata,
      license: 'https://data.gov.vn/giay-phep',
    });
    const before = gateway.state.openData.datasets.get('truong-v')?.value;
    const controller = new AbortController();
    const abortOnUpload: ClientHooks = {
      beforeRequest: ({ method, url }) => {
        if (method === 'PUT' && url.endsWith('/file')) controller.abort(new Error('power cut'));
      },
    };
    const { error, left } = await inPrivateTmp(() =>
      publishCsv({
        file: file('v2.csv', `${GOOD}\r\n79003;Trường THPT Gia Định;01/09/1976;79`),
        datasetId: 'truong-v',
        schema,
        client: client(gateway.url, abortOnUpload),
        license: 'https://data.gov.vn/giay-phep-2',
        signal: controller.signal,
      }),
    );
    expect((error as Error).message).toMatch(/file was aborted/);
    expect(controller.signal.aborted).toBe(true);
    expect(left).toEqual([]);
    expect(gateway.state.openData.datasets.get('truong-v')?.value).toEqual(before);
    const download = await client().openData.downloadDistribution('truong-v', 'csv');
    expect(download.bytes.byteLength).toBe(first.byteSize);
    const again = await publishCsv({
      file: file('v1-again.csv', GOOD),
      datasetId: 'truong-v',
      schema,
      client: client(),
    });
    expect(again.status).toBe('unchanged');

    const updated = await publishCsv({
      file: file('v2-again.csv', `${GOOD}\r\n79003;Trường THPT Gia Định;01/09/1976;79`),
      datasetId: 'truong-v',
      schema,
      client: client(),
    });
    expect(updated).toMatchObject({ status: 'published', rows: { valid: 3, invalid: 0 } });
    expect(updated.sha256).not.toBe(first.sha256);
    expect(updated.dataset.dataset.distributions[0]).toMatchObject({
      sha256: updated.sha256,
      byteSize: updated.byteSize,
    });
    const after = await client().openData.downloadDistribution('truong-v', 'csv');
    expect(new TextDecoder().decode(after.bytes)).toMatch(/Gia Định/);
  });

  it('publishes nothing when no row is valid, and keeps the error report', async () => {
    const path = file('none.csv', 'Mã trường;Tên trường;Ngày thành lập;Mã tỉnh\r\nx;y;32/13/2000;79');
    const error = await publishCsv({
      file: path,
      datasetId: 'truong-rong',
      schema,
      client: client(),
      dataset: metadata,
    }).catch((e) => e);
    expect((error as PublishError).code).toBe('publish.no_valid_rows');
    expect(readFileSync(`${path}.errors.csv`, 'utf8')).toMatch(/ngay_thanh_lap/);
    expect(gateway.state.openData.datasets.get('truong-rong')).toBeUndefined();
  });

  it('also loads the valid rows into a table, so a provider can serve them', async () => {
    const store = await openSqlStore('memory://');
    try {
      const result = await publishCsv({
        file: file('bang.csv', GOOD),
        datasetId: 'truong-bang',
        schema,
        client: client(),
        dataset: metadata,
        license: 'https://data.gov.vn/giay-phep',
        table: { store, table: 'truong_thpt' },
      });
      expect(result.tableRows).toBe(2);
      const { rows } = await store.query<{ ma: string; ngay_thanh_lap: string }>(
        'SELECT ma, ngay_thanh_lap FROM truong_thpt ORDER BY ma',
      );
      expect(rows).toEqual([
        { ma: '01002', ngay_thanh_lap: '1908-10-10' },
        { ma: '79001', ngay_thanh_lap: '1913-08-15' },
      ]);
    } finally {
      await store.close();
    }
  });

  it('names what is missing, by JSON path, before sending anything', async () => {
    const error = await publishCsv({
      file: file('nolicence.csv', GOOD),
      datasetId: 'truong-x',
      schema,
      client: client(),
      dataset: metadata,
    }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => i.path)).toEqual(['$.distributions[0].license']);
    expect(gateway.state.openData.datasets.get('truong-x')).toBeUndefined();
  });

  it('asks for the dataset description when the gateway does not hold the dataset', async () => {
    const error = await publishCsv({
      file: file('new.csv', GOOD),
      datasetId: 'truong-moi',
      schema,
      client: client(),
    }).catch((e) => e);
    expect(PublishError.isInstance(error)).toBe(true);
    expect((error as PublishError).code).toBe('publish.dataset_unknown');
  });
});
