import { toDcatCatalog } from '@chiase/schema';
import type { Command } from 'commander';
import { dcatCatalogInput } from '../input/dcat-input';
import { readJsonFile } from '../input/read-input-file';
import { MESSAGES } from '../messages/cli-messages';
import { writeOutputFile } from '../output/write-output-file';
import type { CliContext } from '../program/cli-context';
import { commandAction } from '../program/command-action';
import { EXIT_OK } from '../program/report-error';

interface DcatExportOptions {
  out: string;
  input: string;
}

/** `chiase dcat export --out <file.jsonld> --input <json>`: a DCAT-AP 3 catalogue in JSON-LD. */
export function registerDcatCommands(program: Command, context: CliContext): void {
  const dcat = program.command('dcat').description(context.text(MESSAGES.dcatDescription));
  dcat
    .command('export')
    .description(context.text(MESSAGES.dcatExportDescription))
    .requiredOption('-o, --out <file>', context.text(MESSAGES.dcatOutOption))
    .requiredOption('-i, --input <json>', context.text(MESSAGES.dcatInputOption))
    .action(
      commandAction(context, async (command) => {
        const options = command.opts<DcatExportOptions>();
        const input = dcatCatalogInput(await readJsonFile(context, options.input));
        const catalogue = toDcatCatalog(input);
        await writeOutputFile(context, options.out, `${JSON.stringify(catalogue, null, 2)}\n`);
        const datasets = input.datasets?.length ?? 0;
        const services = input.dataServices?.length ?? 0;
        context.emitJson({ file: options.out, datasets, services });
        context.out(MESSAGES.dcatWritten(options.out, datasets, services));
        return EXIT_OK;
      }),
    );
}
