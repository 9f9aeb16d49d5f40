import { describe, expect, it } from 'vitest';
import { focalPointSchema } from '../../artefacts/focal-point';
import { formToCsv } from './form-csv';
import type { FormDocument } from './form-document';
import { mau01FromFocalPoint } from './mau-01-from-focal-point';

const byLabel = (document: FormDocument) =>
  Object.fromEntries(document.definition.fields.map((f, i) => [f.label, document.fields[i]]));

const focalPoint = focalPointSchema.parse({
  agency: { id: 'H33.10', name: 'Sở Kế hoạch và Đầu tư tỉnh Kiên Giang' },
  person: {
    fullName: 'Nguyễn Thị Thu Hà',
    position: 'Phó Trưởng phòng',
    unit: 'Phòng Đăng ký kinh doanh',
    phone: '0297 3862 678',
    email: 'nttha@skhdt.kiengiang.gov.vn',
  },
});

describe('mau01FromFocalPoint', () => {
  it('puts each focal point detail on its line of Mẫu số 1', () => {
    expect(byLabel(mau01FromFocalPoint(focalPoint))).toEqual({
      'Họ và tên:': 'Nguyễn Thị Thu Hà',
      'Chức vụ:': 'Phó Trưởng phòng',
      'Đơn vị:': 'Phòng Đăng ký kinh doanh, Sở Kế hoạch và Đầu tư tỉnh Kiên Giang',
      'Trình độ chuyên môn:': '',
      'Số điện thoại:': '0297 3862 678',
      'Địa chỉ thư điện tử:': 'nttha@skhdt.kiengiang.gov.vn',
    });
  });

  it('names the agency as the unit when no unit is given, and does not repeat it', () => {
    const { unit: _, ...person } = focalPoint.person;
    expect(byLabel(mau01FromFocalPoint({ ...focalPoint, person }))['Đơn vị:']).toBe(
      'Sở Kế hoạch và Đầu tư tỉnh Kiên Giang',
    );
    const full = { ...focalPoint.person, unit: 'Văn phòng Sở Kế hoạch và Đầu tư tỉnh Kiên Giang' };
    expect(byLabel(mau01FromFocalPoint({ ...focalPoint, person: full }))['Đơn vị:']).toBe(
      'Văn phòng Sở Kế hoạch và Đầu tư tỉnh Kiên Giang',
    );
  });

  it('quotes the unit in CSV because it holds a comma', () => {
    expect(formToCsv(mau01FromFocalPoint(focalPoint))).toContain(
      'Đơn vị:,"Phòng Đăng ký kinh doanh, Sở Kế hoạch và Đầu tư tỉnh Kiên Giang"\r\n',
    );
  });
});
