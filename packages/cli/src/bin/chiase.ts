#!/usr/bin/env node
import { runCli } from '../program/run-cli';

/** Runs `chiase` on this process; SIGINT and SIGTERM stop long-running commands cleanly. */
async function main(): Promise<void> {
  const controller = new AbortController();
  const stop = (): void => controller.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const code = await runCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    signal: controller.signal,
  });
  process.off('SIGINT', stop);
  process.off('SIGTERM', stop);
  process.exitCode = code;
}

main().catch((error: unknown) => {
  console.error(`chiase: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
