// npm run bench -w @chiase/sql-store  (after npm run build -w @chiase/sql-store)
// Loads N rows of a 12-column Vietnamese register into PGlite on disk (and PostgreSQL when
// CHIASE_TEST_DATABASE_URL is set) three ways, in the same run: multi-row INSERT ×1000 (the baseline),
// copyFrom (values encoded in JS) and copyFromCsv (CSV bytes, as from a file). Options: --rows N (200,000).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqlStore } from '../dist/index.js';

const flag = process.argv.indexOf('--rows');
const ROWS = flag >= 0 ? Number(process.argv[flag + 1]) : 200_000;
const COLUMNS = [
  'id',
  'full_name',
  'personal_id',
  'dob',
  'gender',
  'province',
  'commune',
  'address',
  'phone',
  'email',
  'amount',
  'status',
];
const TABLE = `CREATE TABLE citizens (id bigint PRIMARY KEY, full_name text, personal_id text, dob date,
  gender text, province text, commune text, address text, phone text, email text, amount numeric(14,2), status text)`;
const NAMES = ['Nguyễn Văn An', 'Trần Thị Bích', 'Lê Hoàng Phúc', 'Phạm Thị Thu Hằng', 'Đặng Quốc Việt'];

function row(i) {
  const day = String((i % 28) + 1).padStart(2, '0');
  const month = String((i % 12) + 1).padStart(2, '0');
  return [
    i,
    NAMES[i % NAMES.length],
    String(1e11 + i).padStart(12, '0'),
    `19${50 + (i % 50)}-${month}-${day}`,
    i % 2 ? 'Nam' : 'Nữ',
    String((i % 34) + 1).padStart(2, '0'),
    String(i % 10000).padStart(5, '0'),
    `Số ${i % 300}, đường Lê Lợi, phường Bến Thành`,
    `09${String(i % 1e8).padStart(8, '0')}`,
    `nguoi${i}@example.vn`,
    ((i % 100000) / 100).toFixed(2),
    i % 10 ? 'active' : 'inactive',
  ];
}
function* rows() {
  for (let i = 1; i <= ROWS; i++) yield row(i);
}
function* csvBytes() {
  let text = '';
  for (let i = 1; i <= ROWS; i++) {
    text += `${row(i)
      .map((v) => (typeof v === 'string' ? `"${v}"` : String(v)))
      .join(',')}\n`;
    if (text.length > 1 << 20) {
      yield Buffer.from(text);
      text = '';
    }
  }
  if (text) yield Buffer.from(text);
}
async function insertAll(store) {
  const batch = 1000;
  for (let start = 1; start <= ROWS; start += batch) {
    const params = [];
    const tuples = [];
    for (let i = start; i < Math.min(start + batch, ROWS + 1); i++) {
      const base = params.length;
      tuples.push(`(${COLUMNS.map((_, c) => `$${base + c + 1}`).join(',')})`);
      params.push(...row(i));
    }
    await store.query(`INSERT INTO citizens (${COLUMNS.join(',')}) VALUES ${tuples.join(',')}`, params);
  }
  return ROWS;
}
const CASES = {
  'INSERT ×1000 (baseline)': insertAll,
  copyFrom: (store) => store.copyFrom('citizens', COLUMNS, rows()),
  copyFromCsv: (store) => store.copyFromCsv('citizens', COLUMNS, csvBytes()),
};

const targets = [['PGlite on disk', () => ({ dataDir: mkdtempSync(join(tmpdir(), 'chiase-sql-bench-')) })]];
if (process.env.CHIASE_TEST_DATABASE_URL)
  targets.push(['PostgreSQL', () => process.env.CHIASE_TEST_DATABASE_URL]);
else console.warn('CHIASE_TEST_DATABASE_URL is not set: PostgreSQL is not measured');

console.log(`${ROWS.toLocaleString('en')} rows × 12 columns, node ${process.version}\n`);
const table = [['engine', 'path', 'time s', 'rows/s', '× INSERT']];
for (const [engine, makeTarget] of targets) {
  let baseline;
  for (const [name, load] of Object.entries(CASES)) {
    const target = makeTarget();
    const store = await openSqlStore(target, { schema: 'chiase_bench' });
    await store.exec(`DROP TABLE IF EXISTS citizens; ${TABLE}`);
    const started = performance.now();
    const loaded = await load(store);
    const seconds = (performance.now() - started) / 1000;
    if (loaded !== ROWS) throw new Error(`${name}: loaded ${loaded} of ${ROWS}`);
    await store.exec('DROP SCHEMA chiase_bench CASCADE');
    await store.close();
    if (typeof target === 'object') rmSync(target.dataDir, { recursive: true, force: true });
    const rate = ROWS / seconds;
    baseline ??= rate;
    table.push([
      engine,
      name,
      seconds.toFixed(2),
      Math.round(rate).toLocaleString('en'),
      (rate / baseline).toFixed(2),
    ]);
  }
}
const widths = table[0].map((_, c) => Math.max(...table.map((r) => r[c].length)));
for (const r of table) console.log(r.map((cell, c) => cell.padEnd(widths[c])).join('  '));
