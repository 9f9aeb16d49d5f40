import { extname } from 'node:path';
import { CliUsageError } from '../errors/cli-usage-error';
import { MESSAGES } from '../messages/cli-messages';

/** The file formats a form is exported in. */
export type FormFileFormat = 'xlsx' | 'csv';

/** The format of an output file by its extension (case-insensitive), or a usage error. */
export function formFileFormat(file: string): FormFileFormat {
  const extension = extname(file).toLowerCase();
  if (extension === '.xlsx') return 'xlsx';
  if (extension === '.csv') return 'csv';
  throw new CliUsageError({ code: 'cli.unknown_output_format', message: MESSAGES.unknownOutputFormat(file) });
}
