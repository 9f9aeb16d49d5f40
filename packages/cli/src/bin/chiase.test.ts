import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'tsup';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
// Inside the package, so that the bundle resolves commander and @chiase/* as the published bin does.
const outDir = join(root, 'node_modules/.cache/chiase-bin-test');
const bin = join(outDir, 'chiase.js');
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;

interface Spawned {
  code: number | null;
  stdout: string;
  stderr: string;
}

function spawnBin(args: string[], env: Record<string, string> = {}): Promise<Spawned> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { env: { PATH: process.env.PATH ?? '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('the built chiase bin', () => {
  beforeAll(async () => {
    // The same bundling as `npm run build` (tsup, the bin entry with its shebang), built fresh so the
    // test never runs a stale dist.
    await build({
      config: false,
      entry: { chiase: join(root, 'src/bin/chiase.ts') },
      format: ['esm'],
      outDir,
      target: 'node20',
      skipNodeModulesBundle: true,
      define: { __PACKAGE_VERSION__: JSON.stringify(version) },
      silent: true,
    });
  }, 60_000);

  // A command loads only what it uses: exceljs (the forms), pg and PGlite (sql-store), the provider
  // toolkit and the connector cost tens of MB and a few hundred ms that `--help` has no use for.
  it('loads the heavy packages only for the commands that use them', async () => {
    const probe = join(outDir, 'loaded-packages.mjs');
    writeFileSync(
      probe,
      [
        "import { createRequire } from 'node:module';",
        "import { pathToFileURL } from 'node:url';",
        'const [bin, ...args] = process.argv.slice(2);',
        'process.argv = [process.argv[0], bin, ...args];',
        'const cache = createRequire(import.meta.url).cache;',
        "process.on('exit', () => {",
        String.raw`  const names = Object.keys(cache).map((k) => /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(k)?.[1]);`,
        "  process.stderr.write(`LOADED ${[...new Set(names)].join(' ')}\\n`);",
        '});',
        'await import(pathToFileURL(bin).href);',
      ].join('\n'),
    );
    const loaded = async (args: string[]) => {
      const result = await new Promise<string>((resolve, reject) => {
        const child = spawn(process.execPath, [probe, bin, ...args], {
          env: { PATH: process.env.PATH ?? '' },
        });
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => {
          stderr += chunk.toString();
        });
        child.on('error', reject);
        child.on('close', () => resolve(stderr));
      });
      return (/LOADED (.*)/.exec(result)?.[1] ?? '').split(' ');
    };
    const help = await loaded(['--help']);
    expect(help).toContain('commander');
    expect(help).not.toContain('exceljs');
    expect(help).not.toContain('pg');
    // The probe sees a package once a command needs it.
    expect(await loaded(['forms', 'export', '--form', '01', '--out', join(outDir, 'mau-01.csv')])).toContain(
      'exceljs',
    );
  });

  it('prints its version and exits 0', async () => {
    expect(await spawnBin(['--version'])).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it('runs the mock gateway until SIGTERM, then exits 0', async () => {
    const child = spawn(process.execPath, [bin, 'mock-gateway', '--port', '0'], {
      env: { PATH: process.env.PATH ?? '', LANG: 'en' },
    });
    let stdout = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const match = /listening on (\S+)/.exec(stdout);
        if (match?.[1] !== undefined) resolve(match[1]);
      });
      child.on('error', reject);
      child.on('close', () => reject(new Error(`exited early: ${stdout}`)));
    });
    expect((await fetch(`${url}/health`)).status).toBe(200);
    const exit = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  });

  it('exits 2 with a Vietnamese message for a usage error in a Vietnamese locale', async () => {
    const result = await spawnBin(['validate', 'x.json', '--kind', 'nope'], { LANG: 'vi_VN.UTF-8' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('loại hồ sơ "nope" không có');
  });
});
