import { ChiaseError, type LocalizedMessage, ValidationError } from '@chiase/schema';
import { CliUsageError } from '../errors/cli-usage-error';
import { MESSAGES } from '../messages/cli-messages';
import type { CliContext } from './cli-context';

/** Exit status: the command ran and succeeded. */
export const EXIT_OK = 0;
/** Exit status: the input is invalid or the command failed. */
export const EXIT_FAILED = 1;
/** Exit status: the command line is wrong (unknown option, missing argument or file). */
export const EXIT_USAGE = 2;

function detailsOf(error: unknown): Record<string, unknown> {
  if (typeof error !== 'object' || error === null) return {};
  const details: Record<string, unknown> = {};
  for (const key of ['status', 'requestId', 'method', 'path', 'file', 'line', 'column', 'names']) {
    const value = (error as Record<string, unknown>)[key];
    if (value !== undefined) details[key] = value;
  }
  return details;
}

/**
 * Prints `error` in the chosen language (stderr, or the JSON document on stdout with `--json`) and
 * returns the exit status: 2 for a usage error, 1 for anything else. A validation error lists every
 * problem with its JSON path, not only the first few; a gateway error adds its request id.
 */
export function reportError(context: CliContext, error: unknown, hint?: LocalizedMessage): number {
  const exitCode = CliUsageError.isInstance(error) ? EXIT_USAGE : EXIT_FAILED;
  const chiase = ChiaseError.isInstance(error);
  const message: LocalizedMessage = chiase
    ? error.localized
    : MESSAGES.unexpectedError(error instanceof Error ? error.message : String(error));
  const issues = ValidationError.isInstance(error) ? error.issues : undefined;
  if (context.json) {
    context.emitJson({
      error: {
        code: chiase ? error.code : 'cli.unexpected',
        message: context.text(message),
        localized: message,
        exitCode,
        ...detailsOf(error),
        ...(issues === undefined
          ? {}
          : {
              issues: issues.map((i) => ({
                path: i.path,
                code: i.code,
                message: context.text(i.message),
                localized: i.message,
              })),
            }),
      },
    });
    return exitCode;
  }
  const prefix = context.text(MESSAGES.errorPrefix);
  if (issues !== undefined) {
    // The error's own message lists five problems; a user fixing a file needs them all.
    context.err(`${prefix}: ${context.text(message).split('\n')[0] ?? ''}`);
    for (const issue of issues) context.err(`  ${issue.path}: ${context.text(issue.message)}`);
  } else {
    context.err(`${prefix}: ${context.text(message)}`);
  }
  const requestId = (error as { requestId?: unknown } | null)?.requestId;
  if (typeof requestId === 'string' && !context.text(message).includes(requestId)) {
    context.err(MESSAGES.requestId(requestId));
  }
  if (hint !== undefined) context.err(hint);
  // The stack helps a bug report; it is printed only on request.
  if (!chiase && context.io.env.CHIASE_DEBUG !== undefined && error instanceof Error && error.stack) {
    context.err(error.stack);
  }
  return exitCode;
}
