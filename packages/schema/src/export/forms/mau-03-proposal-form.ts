import { openDataColumns, sharedDatabaseColumns } from './catalogue-table-columns';
import type { FormDefinition } from './form-definition';
import { KIEN_GIANG_1647_SOURCE } from './form-source';

/**
 * Mẫu số 3: an agency without a shared database or open data yet proposes the shared databases to
 * build and the open data to publish. Verbatim from Công văn 1647/UBND-KGVX, including the header
 * `Tên CSDL` of the open-data table (Mẫu số 2 says `Tên dữ liệu` there) and no footnotes.
 */
export const MAU_03_PROPOSAL_FORM = {
  id: 'mau-03',
  label: 'Mẫu số 3',
  title: ['ĐỀ XUẤT XÂY DỰNG CƠ SỞ DỮ LIỆU DÙNG CHUNG', 'HOẶC CÔNG BỐ DỮ LIỆU MỞ'],
  fields: [
    { key: 'unitName', label: 'Tên đơn vị:' },
    { key: 'contact', label: 'Thông tin liên hệ:' },
  ],
  tables: [
    {
      key: 'sharedDatabases',
      heading: '1. Danh mục CSDL dùng chung:',
      columns: sharedDatabaseColumns({
        name: 'Tên CSDL',
        description: 'Mô tả mục đích, phạm vi, nội dung CSDL',
        mechanism: 'Cơ chế thu thập, cập nhật, nguồn dữ liệu',
        category: 'Hạng mục dữ liệu',
      }),
      footnotes: [],
    },
    {
      key: 'openData',
      heading: '2. Danh mục dữ liệu mở:',
      columns: openDataColumns({
        name: 'Tên CSDL',
        description: 'Mô tả mục đích, phạm vi, nội dung dữ liệu',
        provision: 'Phương thức cung cấp, công bố',
        category: 'Hạng mục dữ liệu',
      }),
      footnotes: [],
    },
  ],
  source: KIEN_GIANG_1647_SOURCE,
} as const satisfies FormDefinition;
