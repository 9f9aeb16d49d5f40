import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIo } from '../src/program/cli-io';
import { runCli } from '../src/program/run-cli';

/** What one in-process run of `chiase` printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A fresh temporary directory to run in. */
export function temporaryDirectory(): string {
  return mkdtempSync(join(tmpdir(), 'chiase-cli-'));
}

/** Runs `chiase argv` in-process with captured streams; English unless `env` says otherwise. */
export async function run(
  argv: readonly string[],
  options: { env?: Record<string, string | undefined>; cwd?: string; signal?: AbortSignal } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: {
      write: (s: string) => {
        stdout += s;
      },
    },
    stderr: {
      write: (s: string) => {
        stderr += s;
      },
    },
    env: options.env ?? { LANG: 'en_US.UTF-8' },
    cwd: options.cwd ?? process.cwd(),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}
