import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, temporaryDirectory } from '../../test/memory-io';

const fixtures = join(import.meta.dirname, '../../test/fixtures');

describe('chiase forms export', () => {
  it('writes Mẫu số 2 as CSV filled from the catalogue input', async () => {
    const dir = temporaryDirectory();
    const input = join(fixtures, 'catalogue-form-input.json');
    const result = await run(['forms', 'export', '--form', '02', '--out', 'mau02.csv', '--input', input], {
      cwd: dir,
    });
    expect(result).toMatchObject({ code: 0, stdout: 'Wrote Mẫu số 2 to mau02.csv.\n' });
    const csv = readFileSync(join(dir, 'mau02.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('Cơ sở dữ liệu đất đai tỉnh Kiên Giang');
    expect(csv).toContain('Sở Tài nguyên và Môi trường tỉnh Kiên Giang');
  });

  it('writes Mẫu số 1 as an XLSX workbook from a focal point', async () => {
    const dir = temporaryDirectory();
    const result = await run(
      ['forms', 'export', '-f', '1', '-o', 'mau01.XLSX', '-i', join(fixtures, 'focal-point.json'), '--json'],
      { cwd: dir },
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ form: '01', label: 'Mẫu số 1', format: 'xlsx' });
    const bytes = readFileSync(join(dir, 'mau01.XLSX'));
    // An XLSX file is a ZIP archive holding a worksheet.
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.toString('latin1')).toContain('xl/worksheets/sheet1.xml');
  });

  it('writes a blank form when there is no input', async () => {
    const dir = temporaryDirectory();
    const result = await run(['forms', 'export', '--form', '03', '--out', 'blank.csv'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, 'blank.csv'), 'utf8')).toContain('Mẫu số 3');
  });

  it('exits 1 listing every problem of an invalid input with its JSON path', async () => {
    const dir = temporaryDirectory();
    writeFileSync(
      join(dir, 'in.json'),
      JSON.stringify({ agency: { id: 'H47.20' }, databases: [{}], extra: 1 }),
    );
    const result = await run(['forms', 'export', '--form', '02', '--out', 'x.csv', '--input', 'in.json'], {
      cwd: dir,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Error: Form input is invalid');
    expect(result.stderr).toContain('$.agency.name:');
    expect(result.stderr).toContain('$.databases[0].id:');
    // More than the five problems the error's own message lists.
    expect(result.stderr.split('\n').filter((line) => line.startsWith('  $')).length).toBeGreaterThan(5);
  });

  it('exits 2 for an unknown form or output extension', async () => {
    const form = await run(['forms', 'export', '--form', '04', '--out', 'x.csv']);
    expect(form.code).toBe(2);
    expect(form.stderr).toContain('unknown form "04"; use 01, 02 or 03');
    const extension = await run(['forms', 'export', '--form', '01', '--out', 'x.pdf']);
    expect(extension.code).toBe(2);
    expect(extension.stderr).toContain('use the extension .xlsx or .csv');
  });

  it('exits 1 when the output cannot be written', async () => {
    const dir = temporaryDirectory();
    const result = await run(['forms', 'export', '--form', '01', '--out', 'missing/dir/x.csv'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('cannot write file missing/dir/x.csv (ENOENT)');
  });

  it('exits 2 and shows the help for `chiase forms` alone', async () => {
    const result = await run(['forms']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('export [options]');
  });
});
