import type { DataItem } from '@chiase/schema';
import { describe, expect, it } from 'vitest';
import { projectRecord } from './record-projection';

const items = new Map<string, DataItem>(
  (
    [
      ['maTruong', 'string'],
      ['soHocSinh', 'integer'],
      ['kinhPhi', 'number'],
      ['ngayThanhLap', 'date'],
      ['capNhatLuc', 'date-time'],
    ] as const
  ).map(([code, type]) => [code, { code, name: { vi: code }, type }]),
);

describe('projectRecord', () => {
  it('writes values as their items declare: PostgreSQL bigint and numeric text as numbers, dates as days', () => {
    const record = {
      maTruong: '79001',
      soHocSinh: '2150',
      kinhPhi: '1250000000.50',
      ngayThanhLap: new Date('1913-08-15T00:00:00Z'),
      capNhatLuc: new Date('2026-03-02T01:02:03Z'),
      matKhau: 'not granted',
    };
    expect(projectRecord(record, [...items.keys()], items)).toEqual({
      maTruong: '79001',
      soHocSinh: 2150,
      kinhPhi: 1250000000.5,
      ngayThanhLap: '1913-08-15',
      capNhatLuc: '2026-03-02T01:02:03.000Z',
    });
  });

  it('keeps an integer beyond 2^53 as text rather than lose digits, and leaves odd values as they are', () => {
    const record = { soHocSinh: '9007199254740993', kinhPhi: 'không rõ', maTruong: null };
    expect(projectRecord(record, ['soHocSinh', 'kinhPhi', 'maTruong'], items)).toEqual({
      soHocSinh: '9007199254740993',
      kinhPhi: 'không rõ',
      maTruong: null,
    });
  });

  it('removes items not granted instead of nulling them (Art. 35.2d, 38.2)', () => {
    const projected = projectRecord({ maTruong: '79001', soHocSinh: 10 }, ['maTruong'], items);
    expect(projected).toEqual({ maTruong: '79001' });
    expect(Object.hasOwn(projected, 'soHocSinh')).toBe(false);
  });
});
