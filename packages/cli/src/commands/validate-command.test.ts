import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, temporaryDirectory } from '../../test/memory-io';

const fixtures = join(import.meta.dirname, '../../test/fixtures');

describe('chiase validate', () => {
  it('exits 0 for a valid artefact and says so', async () => {
    const result = await run(['validate', 'service-description.json', '--kind', 'service-description'], {
      cwd: fixtures,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('service-description.json: valid service description.\n');
  });

  it('exits 1 and lists every problem with its JSON path', async () => {
    const result = await run(['validate', 'service-description-invalid.json', '-k', 'service-description'], {
      cwd: fixtures,
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('invalid service description, 2 problems:');
    expect(result.stdout).toMatch(/^ {2}\$\.endpoints\[0\]\.method: .+$/m);
    expect(result.stdout).toMatch(/^ {2}\$\.endpoints\[0\]\.formats\[1\]: .+$/m);
  });

  it('lists problems in Vietnamese with --lang vi', async () => {
    const dir = temporaryDirectory();
    writeFileSync(join(dir, 'fp.json'), JSON.stringify({ agency: { id: 'H47.22' } }));
    const result = await run(['--lang', 'vi', 'validate', 'fp.json', '--kind', 'focal-point'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('fp.json: Đầu mối kết nối, chia sẻ dữ liệu không hợp lệ');
    expect(result.stdout).toContain('$.agency.name:');
  });

  it('gives every issue with both languages in --json mode', async () => {
    const result = await run(
      ['validate', 'service-description-invalid.json', '--kind', 'service-description', '--json'],
      { cwd: fixtures },
    );
    expect(result.code).toBe(1);
    const document = JSON.parse(result.stdout) as {
      valid: boolean;
      issues: { path: string; localized: { vi: string; en: string } }[];
    };
    expect(document.valid).toBe(false);
    expect(document.issues.map((i) => i.path)).toEqual([
      '$.endpoints[0].method',
      '$.endpoints[0].formats[1]',
    ]);
    expect(document.issues[0]?.localized.vi).not.toBe('');
  });

  it('exits 2 for an unknown kind, listing the kinds', async () => {
    const result = await run(['validate', 'service-description.json', '--kind', 'service'], {
      cwd: fixtures,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown artefact kind "service"; use one of: service-description,');
    expect(result.stderr).toContain('chiase validate --help');
  });

  it('exits 2 for a missing file or a directory', async () => {
    const dir = temporaryDirectory();
    mkdirSync(join(dir, 'folder.json'));
    const missing = await run(['validate', 'nope.json', '--kind', 'dispute'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('file nope.json does not exist');
    const folder = await run(['validate', 'folder.json', '--kind', 'dispute'], { cwd: dir });
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('folder.json is not a file');
  });

  it('reports malformed JSON with its line and column', async () => {
    const dir = temporaryDirectory();
    writeFileSync(join(dir, 'bad.json'), '{\n  "id": "x",\n  "name": ,\n}\n');
    const result = await run(['validate', 'bad.json', '--kind', 'dispute'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('bad.json:3:11: not valid JSON: expected a JSON value but found ","');
  });

  it('accepts a file that starts with a byte order mark', async () => {
    const dir = temporaryDirectory();
    const text = readFileSync(join(fixtures, 'focal-point.json'), 'utf8');
    writeFileSync(join(dir, 'bom.json'), `\uFEFF${text}`);
    const result = await run(['validate', 'bom.json', '--kind', 'focal-point'], { cwd: dir });
    expect(result.code).toBe(0);
  });
});
