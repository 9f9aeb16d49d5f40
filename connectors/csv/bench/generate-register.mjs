// Writes the deterministic 1M-row, 12-column Vietnamese register of issue 4 (same shape as
// shared/BASELINES.md §1): UTF-8, LF, no BOM, `address` always quoted, 0.3 % defective rows.

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Ngọc', 'Thanh', 'Quốc', 'Thu', 'Xuân', 'Hoài', 'Gia'];
const GIVEN = [
  'An',
  'Bình',
  'Châu',
  'Dũng',
  'Giang',
  'Hà',
  'Hải',
  'Hạnh',
  'Hiếu',
  'Hoa',
  'Hùng',
  'Hương',
  'Khánh',
  'Lan',
  'Linh',
  'Long',
  'Mai',
  'Nam',
  'Nga',
  'Nhung',
  'Phúc',
  'Phương',
  'Quân',
  'Quyết',
  'Sơn',
  'Tâm',
  'Thảo',
  'Thắng',
  'Trang',
  'Tuấn',
  'Uyên',
  'Việt',
  'Yến',
];
const ASCII_GIVEN = GIVEN.map((g) =>
  g
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase(),
);
const STREETS = [
  'Lê Lợi',
  'Trần Hưng Đạo',
  'Nguyễn Huệ',
  'Hai Bà Trưng',
  'Lý Thường Kiệt',
  'Điện Biên Phủ',
  'Phạm Ngũ Lão',
  'Quang Trung',
];
const WARDS = [
  'phường Bến Nghé',
  'phường Hoàn Kiếm',
  'xã Nghĩa Hưng',
  'phường Yên Hoà',
  'xã Tân Phú',
  'phường Thạch Thang',
  'xã Đông Hải',
];
const PROVINCES = [
  ['01', 'Hà Nội'],
  ['04', 'Cao Bằng'],
  ['08', 'Tuyên Quang'],
  ['22', 'Quảng Ninh'],
  ['31', 'Hải Phòng'],
  ['38', 'Thanh Hóa'],
  ['40', 'Nghệ An'],
  ['46', 'Huế'],
  ['48', 'Đà Nẵng'],
  ['56', 'Khánh Hòa'],
  ['66', 'Đắk Lắk'],
  ['75', 'Đồng Nai'],
  ['79', 'Hồ Chí Minh'],
  ['82', 'Đồng Tháp'],
  ['92', 'Cần Thơ'],
  ['96', 'Cà Mau'],
];
const STATUS = ['Đang hoạt động', 'Tạm dừng', 'Đã hủy', 'Chờ duyệt'];
const DOMAINS = ['gmail.com', 'yahoo.com.vn', 'example.vn'];
const HEADER =
  'id,citizen_id,full_name,dob,gender,province_code,ward_code,address,phone,email,amount,status\n';

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n, w) => String(n).padStart(w, '0');

/** Writes `rows` rows to `path`; resolves with { bytes, defects } when the file is closed. */
export async function generateRegister(path, rows, seed = 47) {
  const rand = mulberry32(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const digits = (n) => {
    let s = '';
    for (let i = 0; i < n; i++) s += Math.floor(rand() * 10);
    return s;
  };
  const out = createWriteStream(path, { highWaterMark: 1 << 20 });
  let bytes = 0;
  let defects = 0;
  let buffer = HEADER;
  for (let id = 1; id <= rows; id++) {
    const female = rand() < 0.5;
    const g = Math.floor(rand() * GIVEN.length);
    const fullName = `${pick(FAMILY)} ${female ? 'Thị' : pick(MIDDLE)} ${GIVEN[g]}`;
    const year = 1940 + Math.floor(rand() * 80);
    const month = 1 + Math.floor(rand() * 12);
    const day = 1 + Math.floor(rand() * 28);
    const [province, provinceName] = pick(PROVINCES);
    const century = Math.floor((year - 1900) / 100) * 2 + (female ? 1 : 0);
    let citizenId = `0${province}${century}${pad(year % 100, 2)}${digits(6)}`;
    let phone = `0${pick(['3', '5', '7', '8', '9'])}${digits(8)}`;
    let email = `${ASCII_GIVEN[g]}.${id}@${pick(DOMAINS)}`;
    const defect = rand();
    if (defect < 0.001) citizenId = citizenId.slice(1);
    else if (defect < 0.002) phone = phone.slice(0, 8);
    else if (defect < 0.003) email = email.replace('@', ' at ');
    if (defect < 0.003) defects++;
    const address = `Số ${1 + Math.floor(rand() * 300)} đường ${pick(STREETS)}, ${pick(WARDS)}, ${provinceName}`;
    const amount = `${Math.floor(rand() * 1e9)}.${pad(Math.floor(rand() * 100), 2)}`;
    buffer += `${id},${citizenId},${fullName},${pad(day, 2)}/${pad(month, 2)}/${year},${female ? 'Nữ' : 'Nam'},${province},${digits(5)},"${address}",${phone},${email},${amount},${pick(STATUS)}\n`;
    if (buffer.length > 1 << 16) {
      bytes += Buffer.byteLength(buffer);
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  bytes += Buffer.byteLength(buffer);
  out.end(buffer);
  await once(out, 'close');
  return { bytes, defects };
}
