import type { Command } from 'commander';
import { formDocument, formNumberOption } from '../input/form-input';
import { readJsonFile } from '../input/read-input-file';
import { MESSAGES } from '../messages/cli-messages';
import { formFileFormat } from '../output/output-format';
import { writeOutputFile } from '../output/write-output-file';
import type { CliContext } from '../program/cli-context';
import { commandAction } from '../program/command-action';
import { EXIT_OK } from '../program/report-error';

interface FormsExportOptions {
  form: string;
  out: string;
  input?: string;
}

/** `chiase forms export --form 01|02|03 --out <file.xlsx|file.csv> [--input <json>]`. */
export function registerFormsCommands(program: Command, context: CliContext): void {
  const forms = program.command('forms').description(context.text(MESSAGES.formsDescription));
  forms
    .command('export')
    .description(context.text(MESSAGES.formsExportDescription))
    .requiredOption('-f, --form <number>', context.text(MESSAGES.formOption))
    .requiredOption('-o, --out <file>', context.text(MESSAGES.outOption))
    .option('-i, --input <json>', context.text(MESSAGES.formInputOption))
    .action(
      commandAction(context, async (command) => {
        const options = command.opts<FormsExportOptions>();
        const form = formNumberOption(options.form);
        const format = formFileFormat(options.out);
        const input = options.input === undefined ? undefined : await readJsonFile(context, options.input);
        const document = await formDocument(form, input);
        // Loaded here: the forms bring exceljs, which no other command needs.
        const { formToCsv, formToXlsx } = await import('@chiase/schema/forms');
        const data = format === 'xlsx' ? await formToXlsx(document) : formToCsv(document);
        await writeOutputFile(context, options.out, data);
        const rows = document.tables.reduce((sum, table) => sum + table.length, 0);
        context.emitJson({ form, label: document.definition.label, file: options.out, format, rows });
        context.out(MESSAGES.formWritten(document.definition.label, options.out));
        return EXIT_OK;
      }),
    );
}
