import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, temporaryDirectory } from '../../test/memory-io';

const input = join(import.meta.dirname, '../../test/fixtures/dcat-input.json');

describe('chiase dcat export', () => {
  it('writes a DCAT-AP catalogue with the datasets and services as JSON-LD', async () => {
    const dir = temporaryDirectory();
    const result = await run(['dcat', 'export', '--out', 'catalog.jsonld', '--input', input], { cwd: dir });
    expect(result).toMatchObject({
      code: 0,
      stdout: 'Wrote the DCAT-AP catalogue (1 dataset, 1 service) to catalog.jsonld.\n',
    });
    const catalogue = JSON.parse(readFileSync(join(dir, 'catalog.jsonld'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(catalogue['@type']).toBe('dcat:Catalog');
    expect(catalogue['@id']).toBe('https://dulieu.kiengiang.gov.vn/catalog');
    expect(JSON.stringify(catalogue['dcat:dataset'])).toContain('KG-GIADAT-2025');
    expect(JSON.stringify(catalogue['dcat:service'])).toContain('H47.22.DKDN.TRACUU');
  });

  it('exits 1 naming the missing mandatory property rather than writing an incomplete catalogue', async () => {
    const dir = temporaryDirectory();
    const document = JSON.parse(readFileSync(input, 'utf8')) as { catalog: { iri: string } };
    document.catalog.iri = ' ';
    writeFileSync(join(dir, 'in.json'), JSON.stringify(document));
    const result = await run(['--lang', 'vi', 'dcat', 'export', '-o', 'c.jsonld', '-i', 'in.json'], {
      cwd: dir,
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('$.catalog.iri');
  });

  it('exits 1 with the JSON path of a malformed dataset', async () => {
    const dir = temporaryDirectory();
    const document = JSON.parse(readFileSync(input, 'utf8')) as { datasets: { title?: unknown }[] };
    delete document.datasets[0]?.title;
    writeFileSync(join(dir, 'in.json'), JSON.stringify(document));
    const result = await run(['dcat', 'export', '-o', 'c.jsonld', '-i', 'in.json', '--json'], { cwd: dir });
    expect(result.code).toBe(1);
    const error = (JSON.parse(result.stdout) as { error: { issues: { path: string }[] } }).error;
    expect(error.issues.map((i) => i.path)).toContain('$.datasets[0].title');
  });

  it('exits 2 when --input is missing', async () => {
    const result = await run(['dcat', 'export', '--out', 'c.jsonld']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("required option '-i, --input <json>' not given");
  });
});
