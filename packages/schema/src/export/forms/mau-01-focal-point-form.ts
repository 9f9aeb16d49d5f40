import type { FormDefinition } from './form-definition';
import { KIEN_GIANG_1647_SOURCE } from './form-source';

/**
 * Mẫu số 1: the focal point in charge of data connection and sharing (Decree 47/2020 Art. 7;
 * Công văn 1647/UBND-KGVX asks for phone, e-mail, name, position and duties on this form).
 */
export const MAU_01_FOCAL_POINT_FORM = {
  id: 'mau-01',
  label: 'Mẫu số 1',
  title: ['THÔNG TIN CÁN BỘ ĐẦU MỐI', 'PHỤ TRÁCH KẾT NỐI VÀ CHIA SẺ DỮ LIỆU'],
  fields: [
    { key: 'fullName', label: 'Họ và tên:' },
    { key: 'position', label: 'Chức vụ:' },
    { key: 'unit', label: 'Đơn vị:' },
    { key: 'qualification', label: 'Trình độ chuyên môn:' },
    { key: 'phone', label: 'Số điện thoại:' },
    { key: 'email', label: 'Địa chỉ thư điện tử:' },
  ],
  tables: [],
  source: KIEN_GIANG_1647_SOURCE,
} as const satisfies FormDefinition;
