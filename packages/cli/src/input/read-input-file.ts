import { readFile } from 'node:fs/promises';
import { CliUsageError } from '../errors/cli-usage-error';
import { JsonSyntaxError } from '../errors/json-syntax-error';
import { MESSAGES } from '../messages/cli-messages';
import type { CliContext } from '../program/cli-context';
import { locateJsonError } from './json-error-location';

function failureReason(error: unknown): string {
  return (
    (error as { code?: string } | null)?.code ?? (error instanceof Error ? error.message : String(error))
  );
}

/**
 * Reads a text file named on the command line. A file that does not exist or is a directory is a
 * usage error (exit 2), as the user mistyped the command.
 */
export async function readInputText(context: CliContext, file: string): Promise<string> {
  try {
    return await readFile(context.resolvePath(file), 'utf8');
  } catch (error) {
    const code = (error as { code?: string } | null)?.code;
    if (code === 'ENOENT')
      throw new CliUsageError({ code: 'cli.file_not_found', message: MESSAGES.fileNotFound(file) });
    if (code === 'EISDIR')
      throw new CliUsageError({ code: 'cli.not_a_file', message: MESSAGES.notAFile(file) });
    throw new CliUsageError({
      code: 'cli.file_unreadable',
      message: MESSAGES.fileUnreadable(file, failureReason(error)),
    });
  }
}

/**
 * Parses JSON text read from `file`; a byte order mark (as Windows editors write) is allowed.
 * @throws JsonSyntaxError with the line and column of the first syntax error.
 */
export function parseJsonText(file: string, text: string): unknown {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (error) {
    const at = locateJsonError(body);
    const message = error instanceof Error ? error.message : String(error);
    throw new JsonSyntaxError({
      file,
      line: at?.line ?? 1,
      column: at?.column ?? 1,
      reason: at?.reason ?? { vi: message, en: message },
    });
  }
}

/** Reads and parses a JSON file named on the command line (see {@link readInputText}, {@link parseJsonText}). */
export async function readJsonFile(context: CliContext, file: string): Promise<unknown> {
  return parseJsonText(file, await readInputText(context, file));
}
