#!/usr/bin/env node
// Fails (exit 1) when a committed generated file differs from what scripts/generate.mjs makes now,
// naming each stale file and the command that fixes it. Regenerates into a temporary folder; never
// writes into the package.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GENERATED_FILES } from './generate.mjs';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = mkdtempSync(join(tmpdir(), 'chiase-gateway-spec-'));
try {
  try {
    execFileSync(process.execPath, [join(packageDir, 'scripts', 'generate.mjs'), '--out', out], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
  } catch {
    console.error('check:generated: generating failed (see above).');
    process.exit(1);
  }
  const stale = GENERATED_FILES.filter((file) => {
    const committed = join(packageDir, file);
    return (
      !existsSync(committed) || readFileSync(committed, 'utf8') !== readFileSync(join(out, file), 'utf8')
    );
  });
  if (stale.length > 0) {
    console.error(
      `check:generated: stale generated files in packages/gateway-spec:\n${stale.map((file) => `  ${file}`).join('\n')}\nFix: npm run generate -w @chiase/gateway-spec (then commit the result).`,
    );
    process.exit(1);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
