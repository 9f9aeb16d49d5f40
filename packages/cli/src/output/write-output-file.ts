import { writeFile } from 'node:fs/promises';
import { CommandFailedError } from '../errors/command-failed-error';
import { MESSAGES } from '../messages/cli-messages';
import type { CliContext } from '../program/cli-context';

/** Writes a result file named on the command line; a failure (no such folder, no permission) is exit 1. */
export async function writeOutputFile(
  context: CliContext,
  file: string,
  data: string | Uint8Array,
): Promise<void> {
  try {
    await writeFile(context.resolvePath(file), data);
  } catch (error) {
    const reason =
      (error as { code?: string } | null)?.code ?? (error instanceof Error ? error.message : String(error));
    throw new CommandFailedError({
      code: 'cli.file_unwritable',
      message: MESSAGES.fileUnwritable(file, reason),
      cause: error,
    });
  }
}
