import type { Command } from 'commander';
import { integerOption } from '../input/integer-option';
import { MESSAGES } from '../messages/cli-messages';
import type { CliContext } from '../program/cli-context';
import { commandAction } from '../program/command-action';
import { EXIT_OK } from '../program/report-error';

const DEFAULT_PORT = 4010;

interface MockGatewayOptions {
  port?: string;
  seed?: string;
}

/** Resolves when `signal` aborts; never without one (the bin always passes one). */
function untilAborted(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal === undefined) return;
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

/**
 * `chiase mock-gateway [--port <n>] [--seed <n>]`: runs the mock gateway on loopback, prints its URL
 * and the demo connection account, and stops when the context's signal aborts (SIGINT, SIGTERM).
 */
export function registerMockGatewayCommand(program: Command, context: CliContext): void {
  program
    .command('mock-gateway')
    .description(context.text(MESSAGES.mockGatewayDescription))
    .option('-p, --port <n>', context.text(MESSAGES.portOption))
    .option('--seed <n>', context.text(MESSAGES.seedOption))
    .action(
      commandAction(context, async (command) => {
        const options = command.opts<MockGatewayOptions>();
        const port =
          options.port === undefined ? DEFAULT_PORT : integerOption('--port', options.port, 0, 65535);
        const seed =
          options.seed === undefined
            ? undefined
            : integerOption('--seed', options.seed, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
        const { DEFAULT_CONSUMER, startMockGateway } = await import('@chiase/mock-gateway');
        const gateway = await startMockGateway({ port, ...(seed === undefined ? {} : { seed }) });
        try {
          const { key, secret } = DEFAULT_CONSUMER;
          context.emitJson(
            {
              url: gateway.url,
              port: gateway.port,
              consumerKey: key,
              consumerSecret: secret,
            },
            { public: true },
          );
          context.out(MESSAGES.mockGatewayListening(gateway.url));
          context.outPublic(MESSAGES.mockGatewayCredentials(key, secret));
          context.out(MESSAGES.mockGatewayEnvHint);
          context.outPublic(`  export CHIASE_GATEWAY_URL=${gateway.url}`);
          context.outPublic(`  export CHIASE_CONSUMER_KEY=${key}`);
          context.outPublic(`  export CHIASE_CONSUMER_SECRET=${secret}`);
          context.out(MESSAGES.mockGatewayStop);
          await untilAborted(context.io.signal);
        } finally {
          await gateway.close();
        }
        context.err(MESSAGES.mockGatewayStopped);
        return EXIT_OK;
      }),
    );
}
