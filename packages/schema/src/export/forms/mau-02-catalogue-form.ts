import { openDataColumns, sharedDatabaseColumns } from './catalogue-table-columns';
import type { FormDefinition } from './form-definition';
import { KIEN_GIANG_1647_SOURCE } from './form-source';

/**
 * Mẫu số 2: the agency's shared databases (Decree 47/2020 Art. 11.4) and the open data it already
 * publishes. Headers and footnotes are verbatim from Công văn 1647/UBND-KGVX.
 */
export const MAU_02_CATALOGUE_FORM = {
  id: 'mau-02',
  label: 'Mẫu số 2',
  title: ['DANH MỤC CƠ SỞ DỮ LIỆU DÙNG CHUNG VÀ DỮ LIỆU MỞ'],
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
        description: 'Mô tả mục đích, phạm vi, nội dung CSDL (*)',
        mechanism: 'Cơ chế thu thập, cập nhật, nguồn dữ liệu',
        category: 'Hạng mục dữ liệu (**)',
      }),
      footnotes: [
        [
          '(*) Xác định phạm vi CSDL dùng chung của tỉnh như sau:',
          '+ CSDL dùng chung của tỉnh là các CSDL được các văn bản pháp luật giao tỉnh xây dựng, quản lý, vận hành hoặc xây dựng theo nhu cầu phát triển Chính quyền điện tử của tỉnh, đáp ứng nhu cầu truy cập, sử dụng dữ liệu của các đơn vị tại địa phương.',
          '+ Không được thu thập để xây dựng chồng lấn với các CSDL của Bộ, ngành đã xây dựng. Trong trường hợp phạm vi CSDL dùng chung của tỉnh có sự chồng lấn về phạm vi thông tin với CSDL Quốc gia, CSDL dùng chung của Bộ, ngành thì dữ liệu chồng lấn phải khai thác, đồng bộ từ CSDL Quốc gia, CSDL dùng chung của Bộ, ngành.',
        ],
        [
          '(**) Các hạng mục dữ liệu bao gồm: dữ liệu mở, dữ liệu được chia sẻ theo hình thức chia sẻ dữ liệu mặc định, dữ liệu được chia sẻ theo hình thức chia sẻ dữ liệu theo yêu cầu đặc thù của từng CSDL tương ứng với từng đối tượng khai thác sử dụng.',
        ],
      ],
    },
    {
      key: 'openData',
      heading: '2. Danh mục dữ liệu mở:',
      columns: openDataColumns({
        name: 'Tên dữ liệu',
        description: 'Mô tả mục đích, phạm vi, nội dung dữ liệu',
        provision: 'Phương thức cung cấp, công bố (***)',
        category: 'Hạng mục dữ liệu (****)',
      }),
      footnotes: [
        [
          '(***) Dữ liệu mở của các cơ quan nhà nước được cung cấp qua các phương thức sau:',
          '+ Cung cấp dữ liệu được đóng gói và cho phép tổ chức, cá nhân tải về sử dụng.',
          '+ Cung cấp dữ liệu thông qua các dịch vụ chia sẻ dữ liệu.',
        ],
        [
          '(****) Căn cứ vào tình hình thực tế, các cơ quan cần nhắc mở một số loại dữ liệu sau:',
          '+ Dữ liệu hiện tại đã được cung cấp dưới dạng thông tin công khai rộng rãi dưới dạng văn bản.',
          '+ Các loại dữ liệu thống kê, dữ liệu dùng chung, dữ liệu đã được thông tin rộng rãi trên các trang/cổng thông tin điện tử.',
          '+ Dữ liệu về quan trắc, dữ liệu IOT đã được thu thập phản ánh về các hoạt động công cộng, hạ tầng công cộng.',
          '+ Các loại dữ liệu khác không vi phạm các quy định của pháp luật và phù hợp với các quy định tại Điều 20 Nghị định số 47/2020/NĐ-CP.',
        ],
      ],
    },
  ],
  source: KIEN_GIANG_1647_SOURCE,
} as const satisfies FormDefinition;
