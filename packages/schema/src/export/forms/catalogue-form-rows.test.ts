import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { databaseCatalogueEntrySchema } from '../../artefacts/database-catalogue-entry';
import { openDatasetSchema } from '../../artefacts/open-dataset';
import { formToXlsx } from './form-xlsx';
import { mau02FromCatalogue } from './mau-02-from-catalogue';
import { mau03FromProposals } from './mau-03-from-proposals';

const agency = { id: 'H33.21', name: 'Sở Tài nguyên và Môi trường tỉnh Kiên Giang' };

const landDatabase = databaseCatalogueEntrySchema.parse({
  id: 'CSDL-DATDAI',
  name: { vi: 'Cơ sở dữ liệu đất đai' },
  level: 'local',
  owner: agency,
  purpose: { vi: 'Quản lý thông tin thửa đất' },
  scope: { vi: 'Toàn tỉnh' },
  content: { vi: 'Thửa đất, chủ sử dụng, biến động' },
  collectionMechanism: { vi: 'Cập nhật khi đăng ký biến động' },
  dataSources: ['Văn phòng đăng ký đất đai', 'Hồ sơ địa chính'],
  dataCategories: [
    {
      name: { vi: 'Thông tin thửa đất' },
      access: [
        { userCategory: 'Cơ quan nhà nước trong tỉnh', form: 'default' },
        { userCategory: 'Tổ chức, cá nhân', form: 'on-request' },
      ],
    },
    { name: { vi: 'Bảng giá đất' }, access: [{ userCategory: 'Mọi đối tượng', form: 'open' }] },
  ],
});

const airQuality = openDatasetSchema.parse({
  id: 'DL-QUANTRAC',
  title: { vi: 'Quan trắc chất lượng không khí', en: 'Air quality monitoring' },
  description: { vi: 'Kết quả quan trắc tự động hằng giờ' },
  publisher: agency,
  contactPoint: { name: 'Trung tâm Quan trắc', email: 'quantrac@kiengiang.gov.vn' },
  keywords: ['quan trắc', 'môi trường'],
  updateFrequency: 'DAILY',
  issued: '2025-01-15',
  modified: '2025-09-30',
  distributions: [
    {
      accessUrl: 'https://dulieu.kiengiang.gov.vn/quantrac',
      downloadUrl: 'https://dulieu.kiengiang.gov.vn/quantrac.csv',
      format: 'CSV',
      byteSize: 1024,
      sha256: 'a'.repeat(64),
      license: 'https://dulieu.kiengiang.gov.vn/giay-phep',
    },
    {
      accessUrl: 'https://lgsp.kiengiang.gov.vn/quantrac',
      accessService: 'H33.21.QUANTRAC',
      format: 'JSON',
      license: 'https://dulieu.kiengiang.gov.vn/giay-phep',
    },
  ],
});

const contact = { name: 'Phòng CNTT', phone: '0297 3862 111', email: 'cntt@stnmt.kiengiang.gov.vn' };

describe('mau02FromCatalogue', () => {
  const document = mau02FromCatalogue({
    agency,
    contact,
    databases: [landDatabase],
    openDatasets: [airQuality],
  });

  it('fills the header lines with the agency and its contact', () => {
    expect(document.fields).toEqual([
      'Sở Tài nguyên và Môi trường tỉnh Kiên Giang',
      'Phòng CNTT (0297 3862 111; cntt@stnmt.kiengiang.gov.vn)',
    ]);
  });

  it('reports a database with its Art. 11.4 a–d contents, classed per user category', () => {
    expect(document.tables[0]).toEqual([
      [
        '1',
        'Cơ sở dữ liệu đất đai',
        'Mục đích: Quản lý thông tin thửa đất\nPhạm vi: Toàn tỉnh\nNội dung: Thửa đất, chủ sử dụng, biến động',
        'Cập nhật khi đăng ký biến động\nNguồn dữ liệu: Văn phòng đăng ký đất đai; Hồ sơ địa chính',
        'Thông tin thửa đất (Cơ quan nhà nước trong tỉnh: chia sẻ theo hình thức mặc định; ' +
          'Tổ chức, cá nhân: chia sẻ theo yêu cầu đặc thù)\nBảng giá đất (Mọi đối tượng: dữ liệu mở)',
      ],
    ]);
  });

  it('says how open data is provided, by package and by service', () => {
    expect(document.tables[1]).toEqual([
      [
        '1',
        'Quan trắc chất lượng không khí',
        'Kết quả quan trắc tự động hằng giờ',
        'Cung cấp dữ liệu được đóng gói và cho phép tổ chức, cá nhân tải về sử dụng (CSV)\n' +
          'Cung cấp dữ liệu thông qua các dịch vụ chia sẻ dữ liệu (H33.21.QUANTRAC)',
        'quan trắc, môi trường',
      ],
    ]);
  });

  it('opens in Excel with its headings and the rows under them', async () => {
    const workbook = new ExcelJS.Workbook();
    const bytes = await formToXlsx(document);
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
    const sheet = workbook.getWorksheet('Mẫu số 2');
    const values: string[] = [];
    sheet?.eachRow((row) => {
      values.push(String(row.getCell(1).value ?? ''), String(row.getCell(2).value ?? ''));
    });
    expect(values).toContain('DANH MỤC CƠ SỞ DỮ LIỆU DÙNG CHUNG VÀ DỮ LIỆU MỞ');
    expect(values).toContain('Cơ sở dữ liệu đất đai');
    expect(values).toContain('Quan trắc chất lượng không khí');
  });
});

describe('mau03FromProposals', () => {
  it('fills Mẫu số 3 with the proposed databases and open data', () => {
    const document = mau03FromProposals({ agency, databases: [landDatabase] });
    expect(document.definition.label).toBe('Mẫu số 3');
    expect(document.fields).toEqual(['Sở Tài nguyên và Môi trường tỉnh Kiên Giang', '']);
    expect(document.tables[0]?.[0]?.[1]).toBe('Cơ sở dữ liệu đất đai');
    expect(document.tables[1]).toEqual([]);
  });
});
