import { stat } from 'node:fs/promises';
import type { DatasetMetadata } from '@chiase/connector-csv';
import type { Command } from 'commander';
import { CliUsageError } from '../errors/cli-usage-error';
import { type GatewayFlags, gatewayClient, withGatewayOptions } from '../gateway/gateway-options';
import { openDatabaseFlag } from '../input/open-database';
import { readJsonFile } from '../input/read-input-file';
import { MESSAGES } from '../messages/cli-messages';
import type { CliContext } from '../program/cli-context';
import { commandAction } from '../program/command-action';
import { EXIT_OK } from '../program/report-error';
import { createProgressReporter } from '../progress/progress-reporter';

interface PublishFlags extends GatewayFlags {
  dataset: string;
  schema: string;
  metadata?: string;
  distribution?: string;
  license?: string;
  encoding?: string;
  maxErrors?: string;
  maxErrorRate?: string;
  errorReport?: string;
  threads?: string;
  table?: string;
  database?: string;
}

/** A non-negative number flag, or a usage error naming the flag. */
function numberFlag(
  value: string | undefined,
  flag: string,
  max = Number.POSITIVE_INFINITY,
): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > max) {
    throw new CliUsageError({ code: 'cli.bad_number', message: MESSAGES.badNumberFlag(flag, value) });
  }
  return n;
}

/**
 * `chiase publish-csv <file> --dataset <id> --schema <schema.json>`: validates a register and publishes
 * it as an open-data distribution (`publishCsv` of `@chiase/connector-csv`), with progress on stderr.
 */
export function registerPublishCsvCommand(program: Command, context: CliContext): void {
  withGatewayOptions(
    program
      .command('publish-csv')
      .description(context.text(MESSAGES.publishCsvDescription))
      .argument('<file>', context.text(MESSAGES.publishCsvFileArgument))
      .requiredOption('--dataset <id>', context.text(MESSAGES.publishCsvDatasetOption))
      .requiredOption('--schema <schema.json>', context.text(MESSAGES.publishCsvSchemaOption))
      .option('--metadata <dataset.json>', context.text(MESSAGES.publishCsvMetadataOption))
      .option('--distribution <id>', context.text(MESSAGES.publishCsvDistributionOption))
      .option('--license <url>', context.text(MESSAGES.publishCsvLicenseOption))
      .option('--encoding <name>', context.text(MESSAGES.publishCsvEncodingOption))
      .option('--max-errors <n>', context.text(MESSAGES.publishCsvMaxErrorsOption))
      .option('--max-error-rate <share>', context.text(MESSAGES.publishCsvMaxErrorRateOption))
      .option('--error-report <file>', context.text(MESSAGES.publishCsvErrorReportOption))
      .option('--threads <1|2>', context.text(MESSAGES.publishCsvThreadsOption))
      .option('--table <name>', context.text(MESSAGES.publishCsvTableOption))
      .option('--database <url|dir>', context.text(MESSAGES.publishCsvDatabaseOption)),
    context,
  ).action(
    commandAction(context, async (command) => {
      const [file = ''] = command.args;
      const flags = command.opts<PublishFlags>();
      const path = context.resolvePath(file);
      const size = (await stat(path).catch(() => undefined))?.size;
      if (size === undefined) {
        throw new CliUsageError({ code: 'cli.file_not_found', message: MESSAGES.fileNotFound(file) });
      }
      // Loaded here, not with the program: the other commands have no use for the connector.
      const { parseDatasetSchema, parseEncodingName, publishCsv } = await import('@chiase/connector-csv');
      const schema = parseDatasetSchema(await readJsonFile(context, flags.schema));
      const metadata =
        flags.metadata === undefined
          ? undefined
          : ((await readJsonFile(context, flags.metadata)) as DatasetMetadata);
      const maxErrors = numberFlag(flags.maxErrors, '--max-errors');
      const maxErrorRate = numberFlag(flags.maxErrorRate, '--max-error-rate', 1);
      if (flags.threads !== undefined && flags.threads !== '1' && flags.threads !== '2') {
        throw new CliUsageError({ code: 'cli.bad_threads', message: MESSAGES.badThreadsFlag(flags.threads) });
      }
      const client = await gatewayClient(flags, context);
      const progress = createProgressReporter({ stream: context.io.stderr, language: context.language });
      // Rows go to PostgreSQL by URL, or to PGlite in a directory (default .chiase/data).
      const database = flags.database ?? '.chiase/data';
      const store = flags.table === undefined ? undefined : await openDatabaseFlag(context, database);
      try {
        const result = await publishCsv({
          file: path,
          datasetId: flags.dataset,
          schema,
          client,
          ...(metadata === undefined ? {} : { dataset: metadata }),
          ...(flags.distribution === undefined ? {} : { distributionId: flags.distribution }),
          ...(flags.license === undefined ? {} : { license: flags.license }),
          ...(flags.encoding === undefined ? {} : { encoding: parseEncodingName(flags.encoding) }),
          ...(maxErrors === undefined ? {} : { maxErrors }),
          ...(maxErrorRate === undefined ? {} : { maxErrorRate }),
          ...(flags.threads === undefined ? {} : { parallel: flags.threads === '2' }),
          ...(flags.errorReport === undefined ? {} : { errorReport: context.resolvePath(flags.errorReport) }),
          ...(context.io.signal === undefined ? {} : { signal: context.io.signal }),
          ...(store === undefined || flags.table === undefined
            ? {}
            : { table: { store, table: flags.table } }),
          onProgress: (p) =>
            progress.update({ rows: p.validRows + p.invalidRows, bytes: p.bytes, totalBytes: size }),
        });
        progress.finish();
        context.emitJson(result);
        context.out(
          result.status === 'published'
            ? MESSAGES.csvPublished(flags.dataset, result.rows.valid, result.rows.invalid, result.sha256)
            : MESSAGES.csvUnchanged(flags.dataset, result.sha256),
        );
        if (result.errorReport !== undefined) context.out(MESSAGES.csvErrorReport(result.errorReport));
        if (result.tableRows !== undefined && flags.table !== undefined) {
          context.out(MESSAGES.csvTableLoaded(result.tableRows, flags.table));
        }
        return EXIT_OK;
      } finally {
        await store?.close();
      }
    }),
  );
}
