import { describe, expect, it } from 'vitest';
import { ChiaseError } from '../../errors/chiase-error';
import { fillForm } from './form-document';
import { FormInputError } from './form-input-error';
import { MAU_01_FOCAL_POINT_FORM } from './mau-01-focal-point-form';
import { MAU_02_CATALOGUE_FORM } from './mau-02-catalogue-form';

describe('fillForm', () => {
  it('numbers table rows and puts each value under its column', () => {
    const document = fillForm(MAU_02_CATALOGUE_FORM, {
      fields: { unitName: 'Sở Tư pháp' },
      tables: {
        sharedDatabases: [
          { name: 'CSDL hộ tịch', category: 'Dữ liệu mở' },
          { name: 'CSDL lý lịch tư pháp', description: 'Lý lịch tư pháp của công dân' },
        ],
      },
    });
    expect(document.fields).toEqual(['Sở Tư pháp', '']);
    expect(document.tables[0]).toEqual([
      ['1', 'CSDL hộ tịch', '', '', 'Dữ liệu mở'],
      ['2', 'CSDL lý lịch tư pháp', 'Lý lịch tư pháp của công dân', '', ''],
    ]);
    expect(document.tables[1]).toEqual([]);
  });

  it('normalises Vietnamese text to NFC', () => {
    const decomposed = 'Nguyễn Văn A'.normalize('NFD');
    const document = fillForm(MAU_01_FOCAL_POINT_FORM, { fields: { fullName: decomposed } });
    expect(document.fields[0]).toBe('Nguyễn Văn A'.normalize('NFC'));
    expect(document.fields[0]).not.toBe(decomposed);
  });

  it('rejects a column the form does not have, naming the path, in both languages', () => {
    const fill = () =>
      fillForm(MAU_02_CATALOGUE_FORM, { tables: { openData: [{ name: 'x' }, { title: 'typo' }] } });
    expect(fill).toThrow(FormInputError);
    try {
      fill();
    } catch (error) {
      expect(FormInputError.isInstance(error)).toBe(true);
      expect(ChiaseError.isInstance(error)).toBe(true);
      const e = error as FormInputError;
      expect(e.code).toBe('form_input_invalid');
      expect(e.path).toBe('$.tables.openData[1].title');
      expect(e.localized.vi).toContain('không có trên biểu mẫu');
      expect(e.message).toContain('is not on the form');
    }
  });

  it('rejects an unknown field or table', () => {
    expect(() => fillForm(MAU_01_FOCAL_POINT_FORM, { fields: { name: 'x' } })).toThrow(/\$\.fields\.name/);
    expect(() => fillForm(MAU_01_FOCAL_POINT_FORM, { tables: { openData: [] } })).toThrow(
      /\$\.tables\.openData/,
    );
  });
});
