import type { Command } from 'commander';

/** What the command line says before commander parses it: needed to build help in the right language. */
export interface PreScannedArguments {
  /** The value of `--lang`, when given. */
  readonly lang: string | undefined;
  /** True when `--json` is given. */
  readonly json: boolean;
}

/**
 * Reads `--lang` and `--json` from `argv` (up to `--`). Commander parses them too; they are read
 * first because the help text and commander's own errors depend on them.
 */
export function preScanArguments(argv: readonly string[]): PreScannedArguments {
  let lang: string | undefined;
  let json = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--') break;
    if (arg === '--json') json = true;
    else if (arg === '--lang') {
      lang = argv[i + 1] ?? '';
      i += 1;
    } else if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
  }
  return { lang, json };
}

/** The command named on the line, e.g. `chiase services push`, for a usage hint. */
export function commandNamed(program: Command, argv: readonly string[]): string {
  const names = [program.name()];
  let current = program;
  for (const arg of argv) {
    if (arg === '--') break;
    const child = current.commands.find((c) => c.name() === arg || c.aliases().includes(arg));
    if (child !== undefined) {
      names.push(child.name());
      current = child;
    }
  }
  return names.join(' ');
}
