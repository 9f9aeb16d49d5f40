import { CommanderError } from 'commander';
import { CliUsageError } from '../errors/cli-usage-error';
import { isCliLanguage, languageFromEnv } from '../messages/cli-language';
import { MESSAGES } from '../messages/cli-messages';
import { buildProgram } from './build-program';
import { CliContext } from './cli-context';
import type { CliIo } from './cli-io';
import { commanderErrorMessage } from './commander-error-message';
import { commandNamed, preScanArguments } from './pre-scan-arguments';
import { EXIT_OK, EXIT_USAGE, reportError } from './report-error';

/**
 * Runs the `chiase` command in-process with `argv` (the arguments after the program name) and
 * returns its exit status: 0 success, 1 invalid input or failure, 2 usage error. Nothing is read
 * from or written to the real process except through `io`.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const scanned = preScanArguments(argv);
  const language = isCliLanguage(scanned.lang) ? scanned.lang : languageFromEnv(io.env);
  const context = new CliContext({ io, language, json: scanned.json });
  const program = buildProgram(context);
  const hint = MESSAGES.usageHint(commandNamed(program, argv));
  if (scanned.lang !== undefined && !isCliLanguage(scanned.lang)) {
    const message = MESSAGES.usageError(MESSAGES.invalidLanguage(scanned.lang));
    return reportError(context, new CliUsageError({ code: 'cli.invalid_language', message }), hint);
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return context.exitCode;
  } catch (error) {
    if (!(error instanceof CommanderError)) return reportError(context, error);
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT_OK;
    // `chiase help validate` shows help as asked (status 0); a missing subcommand shows it as an error.
    if (error.code === 'commander.help' && error.exitCode === 0) return EXIT_OK;
    // Commander has printed the help of a command that needs a subcommand (`chiase`, `chiase services`).
    if (error.code === 'commander.help') {
      if (context.json) {
        const message = MESSAGES.usageError(MESSAGES.noCommand);
        return reportError(context, new CliUsageError({ code: 'cli.no_command', message }));
      }
      return EXIT_USAGE;
    }
    const message = commanderErrorMessage(error.code, error.message);
    return reportError(context, new CliUsageError({ code: 'cli.usage', message }), hint);
  }
}
