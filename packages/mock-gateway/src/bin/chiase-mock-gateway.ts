#!/usr/bin/env node
import { startMockGateway } from '../faces/http-server';
import { parseCliArguments, USAGE } from './parse-cli-arguments';

/** Runs the `chiase-mock-gateway` command until SIGINT or SIGTERM. */
async function main(): Promise<void> {
  let command: ReturnType<typeof parseCliArguments>;
  try {
    command = parseCliArguments(process.argv.slice(2));
  } catch (error) {
    console.error(
      `chiase-mock-gateway: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`,
    );
    process.exitCode = 2;
    return;
  }
  if (command.kind === 'help') {
    process.stdout.write(USAGE);
    return;
  }
  const gateway = await startMockGateway(command.options);
  process.stdout.write(`Chiase mock gateway listening on ${gateway.url}\n`);
  const stop = (): void => {
    gateway.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`chiase-mock-gateway: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
