import type { ConnectionRequestEntry, GatewayClient } from '@chiase/client';
import { type AgencyReference, checkAgencyId } from '@chiase/schema';
import type { Command } from 'commander';
import { CliUsageError } from '../errors/cli-usage-error';
import { CommandFailedError } from '../errors/command-failed-error';
import { type GatewayFlags, gatewayClient, withGatewayOptions } from '../gateway/gateway-options';
import { openDatabaseFlag } from '../input/open-database';
import { MESSAGES } from '../messages/cli-messages';
import { textTable } from '../output/text-table';
import type { CliContext } from '../program/cli-context';
import { commandAction } from '../program/command-action';
import { EXIT_OK } from '../program/report-error';

interface ListFlags extends GatewayFlags {
  agency: string;
}

interface AcceptFlags extends GatewayFlags {
  account: string;
  database: string;
  items?: string;
  rowFilter: string[];
  perMinute?: string;
  perDay?: string;
  validUntil?: string;
}

interface RefuseFlags extends GatewayFlags {
  reason: string[];
  legalBasis: string[];
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

function usage(code: string, vi: string, en: string): CliUsageError {
  return new CliUsageError({ code, message: { vi, en } });
}

/** A positive whole number flag, or a usage error naming it. */
function countFlag(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d{0,8}$/.test(value)) {
    throw usage(
      'cli.invalid_number',
      `${flag} phải là số nguyên dương (đang là "${value}").`,
      `${flag} must be a positive whole number (got "${value}").`,
    );
  }
  return Number(value);
}

/** `--row-filter item=value`, repeatable, as a grant's row filter. */
function rowFilterOf(values: readonly string[]): Record<string, string> | undefined {
  if (values.length === 0) return undefined;
  const filter: Record<string, string> = {};
  for (const value of values) {
    const at = value.indexOf('=');
    if (at <= 0) {
      throw usage(
        'cli.invalid_row_filter',
        `--row-filter phải có dạng <mục tin>=<giá trị> (đang là "${value}").`,
        `--row-filter must be <item>=<value> (got "${value}").`,
      );
    }
    filter[value.slice(0, at)] = value.slice(at + 1);
  }
  return filter;
}

/** `--legal-basis "document#provision"`, repeatable. */
function legalBasisOf(values: readonly string[]): { document: string; provision?: string }[] {
  return values.map((value) => {
    const [document = '', provision] = value.split('#', 2).map((part) => part.trim());
    if (document === '') {
      throw usage(
        'cli.invalid_legal_basis',
        `--legal-basis phải có dạng "<văn bản>#<điều khoản>" (đang là "${value}").`,
        `--legal-basis must be "<document>#<provision>" (got "${value}").`,
      );
    }
    return provision === undefined || provision === '' ? { document } : { document, provision };
  });
}

/** The request, which must still wait for a decision. */
async function pendingEntry(client: GatewayClient, id: string): Promise<ConnectionRequestEntry> {
  const entry = await client.connectionRequests.get(id);
  if (entry.status !== 'pending') {
    throw new CommandFailedError({
      code: 'cli.request_decided',
      message: MESSAGES.requestAlreadyDecided(id, entry.status),
    });
  }
  return entry;
}

/** The providing agency as the catalogue names it in the description of the requested service. */
async function providerOf(client: GatewayClient, entry: ConnectionRequestEntry): Promise<AgencyReference> {
  const service = await client.services.get(entry.request.service.id);
  return service.service.provider as AgencyReference;
}

/**
 * `chiase requests list|accept|refuse`: a providing agency's work list of connection requests and its
 * decisions (Decree 47/2020 Art. 35.3, 40; refusals with reasons and legal basis, Decree 194/2025).
 */
export function registerRequestsCommands(program: Command, context: CliContext): void {
  const requests = program.command('requests').description(context.text(MESSAGES.requestsDescription));

  withGatewayOptions(
    requests
      .command('list')
      .description(context.text(MESSAGES.requestsListDescription))
      .requiredOption('--agency <e-ID>', context.text(MESSAGES.requestsAgencyOption)),
    context,
  ).action(
    commandAction(context, async (command) => {
      const flags = command.opts<ListFlags>();
      const checked = checkAgencyId(flags.agency);
      if (!checked.ok) {
        throw usage(
          'cli.invalid_agency',
          `--agency: ${checked.message.vi}`,
          `--agency: ${checked.message.en}`,
        );
      }
      const client = await gatewayClient(flags, context);
      const { pendingConnectionRequests } = await import('@chiase/provider');
      const pending = await pendingConnectionRequests(client, flags.agency);
      context.emitJson({
        items: pending.map((p) => ({
          id: p.entry.id,
          requester: p.entry.request.requester,
          service: p.entry.request.service.id,
          items: p.entry.request.requestedItems,
          purpose: p.entry.request.purpose,
          dueDate: p.deadline.dueDate,
          overdue: p.deadline.overdue,
          rule: p.deadline.rule,
        })),
      });
      if (pending.length === 0) {
        context.out(MESSAGES.requestsNone(flags.agency));
        return EXIT_OK;
      }
      const rows = pending.map((p) => [
        p.entry.id,
        p.entry.request.requester.id,
        p.entry.request.service.id,
        context.text(MESSAGES.requestDue(p.deadline.dueDate, p.deadline.overdue)),
        p.entry.request.purpose.vi,
      ]);
      for (const line of textTable(rows)) context.out(line);
      const overdue = pending.filter((p) => p.deadline.overdue).length;
      context.out(MESSAGES.requestsCount(pending.length, overdue));
      return EXIT_OK;
    }),
  );

  withGatewayOptions(
    requests
      .command('accept')
      .description(context.text(MESSAGES.requestsAcceptDescription))
      .argument('<request-id>', context.text(MESSAGES.requestIdArgument))
      .requiredOption('--account <id>', context.text(MESSAGES.requestsAccountOption))
      .requiredOption('--database <url|dir>', context.text(MESSAGES.requestsDatabaseOption))
      .option('--items <a,b,…>', context.text(MESSAGES.requestsItemsOption))
      .option('--row-filter <item=value>', context.text(MESSAGES.requestsRowFilterOption), collect, [])
      .option('--per-minute <n>', context.text(MESSAGES.requestsPerMinuteOption))
      .option('--per-day <n>', context.text(MESSAGES.requestsPerDayOption))
      .option('--valid-until <YYYY-MM-DD>', context.text(MESSAGES.requestsValidUntilOption)),
    context,
  ).action(
    commandAction(context, async (command) => {
      const [id = ''] = command.args;
      const flags = command.opts<AcceptFlags>();
      const items = flags.items
        ?.split(',')
        .map((item) => item.trim())
        .filter((item) => item !== '');
      const rowFilter = rowFilterOf(flags.rowFilter);
      const perMinute = countFlag(flags.perMinute, '--per-minute');
      const perDay = countFlag(flags.perDay, '--per-day');
      if (flags.validUntil !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(flags.validUntil)) {
        throw usage(
          'cli.invalid_date',
          `--valid-until phải là ngày dạng YYYY-MM-DD (đang là "${flags.validUntil}").`,
          `--valid-until must be a date as YYYY-MM-DD (got "${flags.validUntil}").`,
        );
      }
      const client = await gatewayClient(flags, context);
      const entry = await pendingEntry(client, id);
      const provider = await providerOf(client, entry);
      const store = await openDatabaseFlag(context, flags.database);
      try {
        // Loaded on use, as in every command: the provider toolkit is heavy and most commands skip it.
        const { acceptConnectionRequest, createSqlAccessRights } = await import('@chiase/provider');
        const rights = await createSqlAccessRights({ store });
        const quota = {
          ...(perMinute === undefined ? {} : { perMinute }),
          ...(perDay === undefined ? {} : { perDay }),
        };
        const decided = await acceptConnectionRequest(client, rights, entry, {
          provider,
          accountId: flags.account,
          ...(items === undefined || items.length === 0 ? {} : { items }),
          ...(rowFilter === undefined ? {} : { rowFilter }),
          ...(Object.keys(quota).length === 0 ? {} : { quota }),
          ...(flags.validUntil === undefined ? {} : { validUntil: flags.validUntil }),
        });
        const grant = await rights.find(entry.request.requester.id, entry.request.service.id);
        context.emitJson({ request: decided, grant });
        context.out(
          MESSAGES.requestAccepted(id, entry.request.requester.id, grant?.items ?? [], decided.decidedLate),
        );
        return EXIT_OK;
      } finally {
        await store.close();
      }
    }),
  );

  withGatewayOptions(
    requests
      .command('refuse')
      .description(context.text(MESSAGES.requestsRefuseDescription))
      .argument('<request-id>', context.text(MESSAGES.requestIdArgument))
      .requiredOption('--reason <text>', context.text(MESSAGES.requestsReasonOption), collect, [])
      .requiredOption(
        '--legal-basis <document#provision>',
        context.text(MESSAGES.requestsLegalBasisOption),
        collect,
        [],
      ),
    context,
  ).action(
    commandAction(context, async (command) => {
      const [id = ''] = command.args;
      const flags = command.opts<RefuseFlags>();
      const reasons = flags.reason.map((text) => text.trim()).filter((text) => text !== '');
      if (reasons.length === 0) {
        throw usage('cli.reason_missing', 'Cần ít nhất một --reason.', 'At least one --reason is needed.');
      }
      const legalBasis = legalBasisOf(flags.legalBasis);
      if (legalBasis.length === 0) {
        throw usage(
          'cli.legal_basis_missing',
          'Cần ít nhất một --legal-basis (căn cứ pháp lý của việc từ chối).',
          'At least one --legal-basis (the legal ground of the refusal) is needed.',
        );
      }
      const client = await gatewayClient(flags, context);
      const entry = await pendingEntry(client, id);
      const provider = await providerOf(client, entry);
      const { refuseConnectionRequest } = await import('@chiase/provider');
      const decided = await refuseConnectionRequest(client, entry, {
        provider,
        reasons: reasons.map((vi) => ({ vi })),
        legalBasis,
      });
      context.emitJson({ request: decided });
      context.out(MESSAGES.requestRefused(id, entry.request.requester.id, decided.decidedLate));
      return EXIT_OK;
    }),
  );
}
