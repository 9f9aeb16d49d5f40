// The mock gateway in its own process, so that the uploaded file it holds in memory is not counted
// in the publishing process's peak RSS. Prints its URL as one JSON line, then serves until stdin
// closes (the parent exits or ends it) or it gets SIGTERM.
import { constants } from 'node:buffer';
import { startMockGateway } from '@chiase/mock-gateway';

// The largest body a Node buffer holds, so that `--big-rows` past the default 2 GiB limit still uploads.
const gateway = await startMockGateway({ port: 0, maxBodyBytes: constants.MAX_LENGTH });
process.stdout.write(`${JSON.stringify({ url: gateway.url })}\n`);
const stop = async () => {
  await gateway.close().catch(() => {});
  process.exit(0);
};
process.stdin.on('end', stop);
process.stdin.on('close', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
