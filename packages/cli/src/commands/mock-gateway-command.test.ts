import { describe, expect, it } from 'vitest';
import type { CliIo } from '../program/cli-io';
import { runCli } from '../program/run-cli';

/** Starts `chiase mock-gateway` in-process and resolves once it has printed its URL. */
async function startCommand(argv: string[], env: Record<string, string> = { LANG: 'en' }) {
  const controller = new AbortController();
  let stdout = '';
  let stderr = '';
  let announced: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    announced = resolve;
  });
  const io: CliIo = {
    stdout: {
      write: (s: string) => {
        stdout += s;
        if (/Ctrl\+C/.test(stdout) || stdout.trim().endsWith('}')) announced();
      },
    },
    stderr: {
      write: (s: string) => {
        stderr += s;
      },
    },
    env,
    cwd: process.cwd(),
    signal: controller.signal,
  };
  const exit = runCli(['mock-gateway', ...argv], io);
  await Promise.race([ready, exit]);
  return { controller, exit, output: () => ({ stdout, stderr }) };
}

describe('chiase mock-gateway', () => {
  it('serves on the URL it prints, shows the demo account and stops when aborted', async () => {
    const command = await startCommand(['--port', '0', '--seed', '3']);
    const { stdout } = command.output();
    const url = /listening on (http:\/\/\S+)/.exec(stdout)?.[1];
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(stdout).toContain('consumer key test-consumer, consumer secret test-secret');
    expect(stdout).toContain(`export CHIASE_GATEWAY_URL=${url}`);
    const token = await fetch(`${url}/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from('test-consumer:test-secret').toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials',
    });
    expect(token.status).toBe(200);
    command.controller.abort();
    expect(await command.exit).toBe(0);
    expect(command.output().stderr).toContain('Mock gateway stopped.');
    await expect(fetch(`${url}/token`, { method: 'POST' })).rejects.toThrow();
  });

  it('prints the demo account even when the environment holds the same secret', async () => {
    const command = await startCommand(['--port', '0', '--json'], { CHIASE_CONSUMER_SECRET: 'test-secret' });
    command.controller.abort();
    expect(await command.exit).toBe(0);
    expect(JSON.parse(command.output().stdout)).toMatchObject({
      consumerKey: 'test-consumer',
      consumerSecret: 'test-secret',
    });
  });

  it('exits 2 for a port out of range', async () => {
    const command = await startCommand(['--port', '70000']);
    expect(await command.exit).toBe(2);
    expect(command.output().stderr).toContain('--port "70000" is not valid; expected an integer 0–65535');
  });
});
