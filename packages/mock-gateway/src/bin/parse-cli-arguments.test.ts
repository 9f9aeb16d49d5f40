import { describe, expect, it } from 'vitest';
import { MockGatewaySettingsError } from '../errors/settings-error';
import { parseCliArguments } from './parse-cli-arguments';

describe('parseCliArguments', () => {
  it('reads port, seed, consumers and faults', () => {
    expect(
      parseCliArguments([
        '--port',
        '0',
        '--seed',
        '7',
        '--consumer',
        'a:b:c',
        '--error-rate',
        '0.1',
        '--latency',
        '5',
      ]),
    ).toEqual({
      kind: 'start',
      options: {
        port: 0,
        seed: 7,
        consumers: [{ key: 'a', secret: 'b:c', permissions: ['*'] }],
        faults: { serverErrorProbability: 0.1, latencyMs: 5 },
      },
    });
  });

  it('defaults to port 4010 and answers --help', () => {
    expect(parseCliArguments([])).toEqual({ kind: 'start', options: { port: 4010 } });
    expect(parseCliArguments(['-h'])).toEqual({ kind: 'help' });
  });

  it('refuses bad values with a settings error naming the flag', () => {
    expect(() => parseCliArguments(['--port', '70000'])).toThrow(MockGatewaySettingsError);
    expect(() => parseCliArguments(['--consumer', 'nosecret'])).toThrow(/--consumer/);
    expect(() => parseCliArguments(['--bogus'])).toThrow();
  });
});

describe('parseCliArguments --data-dir', () => {
  it('passes the PGlite data directory to the server', () => {
    const command = parseCliArguments(['--data-dir', '/var/tmp/chiase-mock']);
    expect(command).toMatchObject({ kind: 'start', options: { dataDir: '/var/tmp/chiase-mock' } });
  });
});

describe('parseCliArguments --provider', () => {
  it('maps service ids to provider base URLs, and refuses a pair without "="', () => {
    const command = parseCliArguments([
      '--provider',
      'dkdn=http://127.0.0.1:8080/api',
      '--provider',
      'urn:vn:H12.01/ho-tich=http://127.0.0.1:8081',
    ]);
    expect(command).toMatchObject({
      options: {
        providerUpstreams: {
          dkdn: 'http://127.0.0.1:8080/api',
          'urn:vn:H12.01/ho-tich': 'http://127.0.0.1:8081',
        },
      },
    });
    expect(() => parseCliArguments(['--provider', 'dkdn'])).toThrow(/--provider/);
  });
});

describe('parseCliArguments --max-body-bytes', () => {
  it('passes the body limit to the server, and refuses one that is not a positive integer', () => {
    expect(parseCliArguments(['--max-body-bytes', '1048576'])).toMatchObject({
      kind: 'start',
      options: { maxBodyBytes: 1_048_576 },
    });
    expect(() => parseCliArguments(['--max-body-bytes', '0'])).toThrow(/--max-body-bytes/);
    expect(() => parseCliArguments(['--max-body-bytes', '1.5'])).toThrow(/--max-body-bytes/);
  });
});
