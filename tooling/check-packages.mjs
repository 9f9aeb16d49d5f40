#!/usr/bin/env node
// Runs publint and @arethetypeswrong/cli (attw --pack, node16 profile: every package needs Node >= 20, so
// node10 resolution does not apply) on every publishable workspace package.
// A package is publishable when its package.json is not `"private": true`. Exits non-zero on any failure.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const groups = ['packages', 'connectors'];
let failures = 0;

for (const group of groups) {
  const dir = join(root, group);
  if (!existsSync(dir)) continue;
  for (const name of readdirSync(dir)) {
    const pkgDir = join(dir, name);
    const manifest = join(pkgDir, 'package.json');
    if (!existsSync(manifest)) continue;
    const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
    if (pkg.private) continue;
    // attw checks JavaScript entry points only; data subpaths (e.g. `./openapi.yaml`) are left to publint.
    const dataEntries = Object.entries(pkg.exports ?? {})
      .filter(([, target]) => typeof target === 'string' && !/\.(c|m)?js$|\.json$/.test(target))
      .map(([entry]) => entry);
    const attwExclude = dataEntries.length > 0 ? ['--exclude-entrypoints', ...dataEntries] : [];
    for (const [tool, args] of [
      ['publint', ['publint', '--strict', pkgDir]],
      [
        'attw',
        ['attw', '--pack', pkgDir, '--format', 'table-flipped', '--profile', 'node16', ...attwExclude],
      ],
    ]) {
      try {
        execFileSync('npx', ['--no-install', ...args], { stdio: 'pipe', cwd: root });
        console.log(`ok    ${tool.padEnd(8)} ${pkg.name}`);
      } catch (error) {
        failures++;
        console.error(`FAIL  ${tool.padEnd(8)} ${pkg.name}`);
        console.error(String(error.stdout ?? ''), String(error.stderr ?? ''));
      }
    }
  }
}
if (failures > 0) {
  console.error(`${failures} package check(s) failed`);
  process.exit(1);
}
