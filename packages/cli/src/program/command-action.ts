import type { Command } from 'commander';
import { CliUsageError } from '../errors/cli-usage-error';
import { MESSAGES } from '../messages/cli-messages';
import type { CliContext } from './cli-context';
import { reportError } from './report-error';

/** `chiase services push` for the `push` command. */
export function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c !== null; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/**
 * A commander action running `handler`, whose result is the exit status; a thrown error is printed
 * in the chosen language and becomes status 1 (2 for a usage error, with a pointer to `--help`).
 */
export function commandAction(
  context: CliContext,
  handler: (command: Command) => Promise<number>,
): (...args: unknown[]) => Promise<void> {
  return async (...args) => {
    const command = args[args.length - 1] as Command;
    try {
      context.exitCode = await handler(command);
    } catch (error) {
      const hint = CliUsageError.isInstance(error) ? MESSAGES.usageHint(commandPath(command)) : undefined;
      context.exitCode = reportError(context, error, hint);
    }
  };
}
