import type { SharingUsageLine } from '@chiase/provider';
import type { SqlStore } from '@chiase/sql-store';
import type { Command } from 'commander';
import { CliUsageError } from '../errors/cli-usage-error';
import { CommandFailedError } from '../errors/command-failed-error';
import { openDatabaseFlag } from '../input/open-database';
import { MESSAGES } from '../messages/cli-messages';
import { writeOutputFile } from '../output/write-output-file';
import type { CliContext } from '../program/cli-context';
import { commandAction } from '../program/command-action';
import { EXIT_FAILED, EXIT_OK } from '../program/report-error';

/** The environment variable holding the sharing log's HMAC key (never a flag: flags show in `ps`). */
export const SHARING_LOG_KEY_VARIABLE = 'CHIASE_SHARING_LOG_KEY';

interface VerifyFlags {
  database: string;
  expectedHead?: string;
}

interface UsageFlags {
  database: string;
  from: string;
  to: string;
  out?: string;
}

function usageError(code: string, vi: string, en: string): CliUsageError {
  return new CliUsageError({ code, message: { vi, en } });
}

/** `--expected-head <seq>:<hash>` as the verifier wants it. */
function parseExpectedHead(value: string): { seq: number; entryHash: string } {
  const match = /^(\d+):([0-9a-f]{64})$/.exec(value.trim());
  if (match === null) {
    throw usageError(
      'cli.invalid_expected_head',
      `--expected-head phải có dạng <số thứ tự>:<mã băm 64 ký tự hex> (đang là "${value}").`,
      `--expected-head must be <seq>:<64 hex digit hash> (got "${value}").`,
    );
  }
  return { seq: Number(match[1]), entryHash: match[2] as string };
}

/** A `YYYY-MM-DD` flag as the start of that day in Vietnam (UTC+7); 2026-02-30 is refused, not rolled over. */
function dayStart(value: string, flag: string): Date {
  const date = new Date(`${value}T00:00:00+07:00`);
  const sameDay =
    /^\d{4}-\d{2}-\d{2}$/.test(value) &&
    !Number.isNaN(date.getTime()) &&
    new Date(date.getTime() + 7 * 3_600_000).toISOString().slice(0, 10) === value;
  if (!sameDay) {
    throw usageError(
      'cli.invalid_date',
      `${flag} phải là một ngày có thật dạng YYYY-MM-DD (đang là "${value}").`,
      `${flag} must be a real date as YYYY-MM-DD (got "${value}").`,
    );
  }
  return date;
}

/** Opens the database and checks that it holds a sharing log. */
async function openSharingLogDatabase(context: CliContext, database: string): Promise<SqlStore> {
  const store = await openDatabaseFlag(context, database, { mustExist: true });
  const { rows } = await store.query<{ found: string | null }>(
    "SELECT to_regclass('chiase_sharing_log')::text AS found",
  );
  if (rows[0]?.found === null || rows[0]?.found === undefined) {
    await store.close();
    throw new CommandFailedError({ code: 'cli.no_sharing_log', message: MESSAGES.logMissing(database) });
  }
  return store;
}

/** One CSV field, quoted when needed (RFC 4180). */
function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The usage report as CSV with a BOM, so spreadsheet software reads the Vietnamese text right. */
function usageCsv(lines: readonly SharingUsageLine[]): string {
  const header = [
    'consumer_id',
    'service_id',
    'purpose',
    'requests',
    'fulfilled',
    'refused',
    'failed',
    'records',
    'first_request_at',
    'last_request_at',
  ];
  const rows = lines.map((l) =>
    [
      l.consumerId,
      l.serviceId,
      l.purpose,
      l.requests,
      l.fulfilled,
      l.refused,
      l.failed,
      l.records,
      l.firstRequestAt.toISOString(),
      l.lastRequestAt.toISOString(),
    ]
      .map(csvField)
      .join(','),
  );
  return `\uFEFF${[header.join(','), ...rows].join('\r\n')}\r\n`;
}

/**
 * `chiase log verify` (Decree 47/2020 Art. 45: a sharing log that can settle a dispute must show it
 * was not changed) and `chiase log usage` (Art. 16.2: usage per consumer, service and purpose).
 */
export function registerLogCommands(program: Command, context: CliContext): void {
  const log = program.command('log').description(context.text(MESSAGES.logDescription));
  log
    .command('verify')
    .description(context.text(MESSAGES.logVerifyDescription))
    .requiredOption('--database <url|dir>', context.text(MESSAGES.logDatabaseOption))
    .option('--expected-head <seq:hash>', context.text(MESSAGES.logExpectedHeadOption))
    .action(
      commandAction(context, async (command) => {
        const flags = command.opts<VerifyFlags>();
        const key = context.io.env[SHARING_LOG_KEY_VARIABLE];
        context.redactor.add(key);
        const expectedHead =
          flags.expectedHead === undefined ? undefined : parseExpectedHead(flags.expectedHead);
        const store = await openSharingLogDatabase(context, flags.database);
        try {
          const { verifySharingLog } = await import('@chiase/provider');
          const result = await verifySharingLog(store, {
            ...(key === undefined || key === '' ? {} : { key }),
            ...(expectedHead === undefined ? {} : { expectedHead }),
          });
          context.emitJson(result);
          if (result.ok) {
            context.out(MESSAGES.logIntact(result.entries, result.head));
            return EXIT_OK;
          }
          const bad = result.firstBad;
          if (bad !== undefined) context.err(MESSAGES.logBroken(bad.seq, bad.problem, bad.message));
          return EXIT_FAILED;
        } finally {
          await store.close();
        }
      }),
    );
  log
    .command('usage')
    .description(context.text(MESSAGES.logUsageDescription))
    .requiredOption('--database <url|dir>', context.text(MESSAGES.logDatabaseOption))
    .requiredOption('--from <YYYY-MM-DD>', context.text(MESSAGES.logFromOption))
    .requiredOption('--to <YYYY-MM-DD>', context.text(MESSAGES.logToOption))
    .option('-o, --out <file.csv>', context.text(MESSAGES.logOutOption))
    .action(
      commandAction(context, async (command) => {
        const flags = command.opts<UsageFlags>();
        const from = dayStart(flags.from, '--from');
        // --to is the last day included: the period ends at the start of the next day.
        const to = new Date(dayStart(flags.to, '--to').getTime() + 86_400_000);
        if (to.getTime() <= from.getTime()) {
          throw usageError(
            'cli.invalid_period',
            `--to (${flags.to}) phải không sớm hơn --from (${flags.from}).`,
            `--to (${flags.to}) must not be before --from (${flags.from}).`,
          );
        }
        const store = await openSharingLogDatabase(context, flags.database);
        try {
          const { sharingUsageReport } = await import('@chiase/provider');
          const lines = await sharingUsageReport(store, { from, to });
          context.emitJson(lines);
          if (flags.out !== undefined) {
            await writeOutputFile(context, flags.out, usageCsv(lines));
            context.out(MESSAGES.logUsageWritten(flags.out, lines.length));
            return EXIT_OK;
          }
          if (lines.length === 0) context.out(MESSAGES.logUsageEmpty(flags.from, flags.to));
          for (const l of lines) {
            context.out(MESSAGES.logUsageLine(l));
          }
          return EXIT_OK;
        } finally {
          await store.close();
        }
      }),
    );
}
