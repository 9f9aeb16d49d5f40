import { describe, expect, it } from 'vitest';
import { run } from '../../test/memory-io';
import { CLI_VERSION } from './cli-version';

describe('the chiase program', () => {
  it('prints its help with every command and exits 0', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: chiase');
    expect(result.stdout).toContain('validate');
    expect(result.stdout).toContain('--lang <language>');
    expect(result.stdout).toContain(
      'Exit status: 0 success; 1 invalid input or failed command; 2 usage error.',
    );
  });

  it('prints the help in Vietnamese with --lang vi or a Vietnamese locale', async () => {
    for (const result of [
      await run(['--lang', 'vi', '--help']),
      await run(['--help'], { env: { LANG: 'vi_VN.UTF-8' } }),
      await run(['--help'], { env: { LC_ALL: 'vi_VN', LANG: 'en_US' } }),
    ]) {
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Cách dùng: chiase');
      expect(result.stdout).toContain('Tuỳ chọn:');
      expect(result.stdout).toContain('kiểm tra một tệp JSON');
    }
  });

  it('prefers --lang to the locale', async () => {
    const result = await run(['--lang=en', '--help'], { env: { LANG: 'vi_VN.UTF-8' } });
    expect(result.stdout).toContain('Usage: chiase');
  });

  it('prints help for a subcommand, also through `help <command>`', async () => {
    for (const argv of [
      ['validate', '--help'],
      ['help', 'validate'],
    ]) {
      const result = await run(argv);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Usage: chiase validate [options] <file>');
      expect(result.stdout).toContain('service-description');
    }
  });

  it('prints its version', async () => {
    const result = await run(['--version']);
    expect(result).toMatchObject({ code: 0, stdout: `${CLI_VERSION}\n` });
  });

  it('exits 2 with the help on stderr when no command is given', async () => {
    const result = await run([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Usage: chiase');
  });

  it('exits 2 on an unknown command, with a suggestion and a pointer to --help', async () => {
    const result = await run(['validat']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Usage error: unknown command 'validat' (did you mean validate?)");
    expect(result.stderr).toContain('Run `chiase --help` for usage.');
  });

  it('explains usage errors in Vietnamese', async () => {
    const result = await run(['--lang', 'vi', 'validate', 'a.json', '--kind', 'dispute', '--bogus']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Lệnh không đúng cú pháp: không có tuỳ chọn '--bogus'");
    expect(result.stderr).toContain('chiase validate --help');
  });

  it('names a missing argument and a missing required option', async () => {
    const noFile = await run(['validate', '--kind', 'dispute']);
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toContain("missing required argument 'file'");
    const noKind = await run(['validate', 'a.json']);
    expect(noKind.code).toBe(2);
    expect(noKind.stderr).toContain("required option '-k, --kind <artefact>' not given");
  });

  it('refuses an unknown --lang with exit 2', async () => {
    const result = await run(['--lang', 'fr', '--help']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--lang "fr" is not valid; use vi or en');
  });

  it('reports a usage error as one JSON document on stdout with --json', async () => {
    const result = await run(['--json', 'validate', 'a.json']);
    expect(result.code).toBe(2);
    const document = JSON.parse(result.stdout) as { error: { exitCode: number; localized: { vi: string } } };
    expect(document.error.exitCode).toBe(2);
    expect(document.error.localized.vi).toContain('thiếu tuỳ chọn bắt buộc');
  });
});
