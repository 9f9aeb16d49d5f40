import { parseArgs } from 'node:util';
import type { ConsumerSettings } from '../auth/consumer-settings';
import { MockGatewaySettingsError } from '../errors/settings-error';
import type { StartMockGatewayOptions } from '../faces/http-server';

/** Usage text of the `chiase-mock-gateway` command. */
export const USAGE = `Usage: chiase-mock-gateway [options]

Runs the Chiase mock LGSP/NGSP gateway (reference profile) on this machine.
Chạy gateway LGSP/NGSP giả lập của Chiase trên máy này.

Options:
  --port <n>             TCP port (default 4010; 0 picks a free one)
  --host <addr>          interface to listen on (default 127.0.0.1)
  --seed <n>             seed of fixtures and faults (default 1)
  --consumer <key:secret>
                         a connection account with every permission (repeatable;
                         default test-consumer:test-secret)
  --token-lifetime <s>   access-token lifetime in seconds (default 3600)
  --error-rate <p>       probability of a simulated 500 per request (default 0)
  --latency <ms>         latency added to every request (default 0)
  --provider <serviceId=url>
                         relay invoke calls of a registered service to the provider
                         system at url (repeatable)
  --max-body-bytes <n>   largest request body accepted; larger ones get 413
                         (default 2147483648, 2 GiB)
  --data-dir <dir>       keep what is written through the API in PGlite in <dir>
                         between runs (needs @electric-sql/pglite; default: memory)
  -h, --help             show this help
`;

/** What the command line asks for. */
export type CliCommand =
  | { readonly kind: 'help' }
  | { readonly kind: 'start'; readonly options: StartMockGatewayOptions };

function number(name: string, raw: string | undefined, check: (n: number) => boolean): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || !check(value)) {
    throw new MockGatewaySettingsError({
      setting: `--${name}`,
      vi: `giá trị "${raw}" không hợp lệ`,
      en: `invalid value "${raw}"`,
    });
  }
  return value;
}

/**
 * Parses the arguments of `chiase-mock-gateway`.
 *
 * @throws MockGatewaySettingsError (or a TypeError from `parseArgs` for unknown options) on bad input.
 */
export function parseCliArguments(args: readonly string[]): CliCommand {
  const { values } = parseArgs({
    args: [...args],
    strict: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      seed: { type: 'string' },
      consumer: { type: 'string', multiple: true },
      provider: { type: 'string', multiple: true },
      'token-lifetime': { type: 'string' },
      'error-rate': { type: 'string' },
      latency: { type: 'string' },
      'data-dir': { type: 'string' },
      'max-body-bytes': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help === true) return { kind: 'help' };
  const consumers: ConsumerSettings[] | undefined = values.consumer?.map((pair) => {
    const colon = pair.indexOf(':');
    if (colon <= 0 || colon === pair.length - 1) {
      throw new MockGatewaySettingsError({
        setting: '--consumer',
        vi: 'phải có dạng khoá:mật-khẩu',
        en: 'must be key:secret',
      });
    }
    return { key: pair.slice(0, colon), secret: pair.slice(colon + 1), permissions: ['*'] };
  });
  const upstreams: Record<string, string> | undefined =
    values.provider === undefined
      ? undefined
      : Object.fromEntries(
          values.provider.map((pair) => {
            const equals = pair.indexOf('=');
            if (equals <= 0 || equals === pair.length - 1) {
              throw new MockGatewaySettingsError({
                setting: '--provider',
                vi: 'phải có dạng mã-dịch-vụ=url',
                en: 'must be serviceId=url',
              });
            }
            return [pair.slice(0, equals), pair.slice(equals + 1)];
          }),
        );
  const port = number('port', values.port, (n) => Number.isInteger(n) && n >= 0 && n <= 65535) ?? 4010;
  const seed = number('seed', values.seed, Number.isInteger);
  const lifetime = number('token-lifetime', values['token-lifetime'], (n) => Number.isInteger(n) && n > 0);
  const errorRate = number('error-rate', values['error-rate'], (n) => n >= 0 && n <= 1);
  const latency = number('latency', values.latency, (n) => n >= 0);
  const maxBodyBytes = number(
    'max-body-bytes',
    values['max-body-bytes'],
    (n) => Number.isSafeInteger(n) && n > 0,
  );
  const faults =
    errorRate === undefined && latency === undefined
      ? undefined
      : {
          ...(errorRate === undefined ? {} : { serverErrorProbability: errorRate }),
          ...(latency === undefined ? {} : { latencyMs: latency }),
        };
  return {
    kind: 'start',
    options: {
      port,
      ...(values.host === undefined ? {} : { host: values.host }),
      ...(seed === undefined ? {} : { seed }),
      ...(consumers === undefined ? {} : { consumers }),
      ...(upstreams === undefined ? {} : { providerUpstreams: upstreams }),
      ...(lifetime === undefined ? {} : { tokenLifetimeSeconds: lifetime }),
      ...(faults === undefined ? {} : { faults }),
      ...(values['data-dir'] === undefined ? {} : { dataDir: values['data-dir'] }),
      ...(maxBodyBytes === undefined ? {} : { maxBodyBytes }),
    },
  };
}
