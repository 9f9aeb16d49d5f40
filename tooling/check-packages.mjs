#!/usr/bin/env node
// Runs publint and @arethetypeswrong/cli (attw --pack) on every publishable workspace package.
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
    for (const [tool, args] of [
      ['publint', ['publint', '--strict', pkgDir]],
      ['attw', ['attw', '--pack', pkgDir, '--format', 'table-flipped']],
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
