import { type GatewayClient, GatewayError, type ServiceEntry } from '@chiase/client';
import { artefactSubject, ValidationError, validateArtefact } from '@chiase/schema';
import type { Command } from 'commander';
import { type GatewayFlags, gatewayClient, withGatewayOptions } from '../gateway/gateway-options';
import { readJsonFile } from '../input/read-input-file';
import { MESSAGES } from '../messages/cli-messages';
import { textTable } from '../output/text-table';
import type { CliContext } from '../program/cli-context';
import { commandAction } from '../program/command-action';
import { EXIT_OK } from '../program/report-error';

interface ListOptions extends GatewayFlags {
  agency?: string;
  search?: string;
}

/** The current entry of a service, or undefined when the catalogue does not hold it. */
async function currentEntry(client: GatewayClient, id: string): Promise<ServiceEntry | undefined> {
  try {
    return await client.services.get(id);
  } catch (error) {
    if (GatewayError.isInstance(error) && error.status === 404) return undefined;
    throw error;
  }
}

/** `chiase services push <description.json>` and `chiase services list`. */
export function registerServicesCommands(program: Command, context: CliContext): void {
  const services = program.command('services').description(context.text(MESSAGES.servicesDescription));

  withGatewayOptions(
    services
      .command('push')
      .description(context.text(MESSAGES.servicesPushDescription))
      .argument('<description.json>', context.text(MESSAGES.servicesPushFileArgument)),
    context,
  ).action(
    commandAction(context, async (command) => {
      const [file = ''] = command.args;
      const flags = command.opts<GatewayFlags>();
      // Checked before the gateway is contacted: every problem at once, with its JSON path.
      const result = validateArtefact('service-description', await readJsonFile(context, file));
      if (!result.success) {
        throw new ValidationError({ subject: artefactSubject('service-description'), issues: result.issues });
      }
      const description = result.data;
      const client = await gatewayClient(flags, context);
      const existing = await currentEntry(client, description.id);
      // Decree 47/2020 Art. 25.1–25.2: register, or update the entry; If-Match keeps a concurrent
      // change from being overwritten.
      const entry = await client.services.put(
        description,
        existing === undefined ? {} : { ifMatch: existing.etag },
      );
      const action = existing === undefined ? 'registered' : 'updated';
      context.emitJson({ id: entry.id, action, etag: entry.etag, updatedAt: entry.updatedAt });
      context.out(
        existing === undefined
          ? MESSAGES.serviceRegistered(entry.id, entry.etag)
          : MESSAGES.serviceUpdated(entry.id, entry.etag),
      );
      return EXIT_OK;
    }),
  );

  withGatewayOptions(
    services
      .command('list')
      .description(context.text(MESSAGES.servicesListDescription))
      .option('--agency <id>', context.text(MESSAGES.agencyOption))
      .option('-q, --search <text>', context.text(MESSAGES.searchOption)),
    context,
  ).action(
    commandAction(context, async (command) => {
      const options = command.opts<ListOptions>();
      const client = await gatewayClient(options, context);
      const entries: ServiceEntry[] = [];
      for await (const entry of client.services.list({
        ...(options.agency === undefined ? {} : { agencyId: options.agency }),
        ...(options.search === undefined ? {} : { q: options.search }),
      })) {
        entries.push(entry);
      }
      context.emitJson({ items: entries });
      if (entries.length === 0) {
        context.out(MESSAGES.servicesNone);
        return EXIT_OK;
      }
      const name = (entry: ServiceEntry) =>
        context.language === 'en' ? (entry.service.name.en ?? entry.service.name.vi) : entry.service.name.vi;
      const rows = entries.map((e) => [e.id, e.service.status ?? '', e.service.sharingForm, name(e)]);
      for (const line of textTable(rows)) context.out(line);
      context.out(MESSAGES.servicesCount(entries.length));
      return EXIT_OK;
    }),
  );
}
