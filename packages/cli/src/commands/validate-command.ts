import {
  type ArtefactKind,
  artefactKinds,
  artefactSubject,
  isArtefactKind,
  validateArtefact,
} from '@chiase/schema';
import type { Command } from 'commander';
import { CliUsageError } from '../errors/cli-usage-error';
import { readJsonFile } from '../input/read-input-file';
import { MESSAGES } from '../messages/cli-messages';
import type { CliContext } from '../program/cli-context';
import { commandAction } from '../program/command-action';
import { EXIT_FAILED, EXIT_OK } from '../program/report-error';

/** The artefact kind named by `--kind`, or a usage error listing the kinds. */
export function artefactKindOption(value: string): ArtefactKind {
  if (isArtefactKind(value)) return value;
  throw new CliUsageError({ code: 'cli.unknown_kind', message: MESSAGES.unknownKind(value, artefactKinds) });
}

/** `chiase validate <file> --kind <artefact>`: exit 0 valid, 1 invalid (every problem listed), 2 usage. */
export function registerValidateCommand(program: Command, context: CliContext): void {
  program
    .command('validate')
    .description(context.text(MESSAGES.validateDescription))
    .argument('<file>', context.text(MESSAGES.validateFileArgument))
    .requiredOption('-k, --kind <artefact>', context.text(MESSAGES.kindOption(artefactKinds)))
    .action(
      commandAction(context, async (command) => {
        const [file = ''] = command.args;
        const kind = artefactKindOption(command.opts<{ kind: string }>().kind);
        const input = await readJsonFile(context, file);
        const result = validateArtefact(kind, input);
        const subject = artefactSubject(kind);
        if (result.success) {
          context.emitJson({ file, kind, valid: true, issues: [] });
          context.out(MESSAGES.valid(file, subject));
          return EXIT_OK;
        }
        context.emitJson({
          file,
          kind,
          valid: false,
          issues: result.issues.map((issue) => ({
            path: issue.path,
            code: issue.code,
            message: context.text(issue.message),
            localized: issue.message,
          })),
        });
        context.out(MESSAGES.invalid(file, subject, result.issues.length));
        for (const issue of result.issues) context.out(`  ${issue.path}: ${context.text(issue.message)}`);
        return EXIT_FAILED;
      }),
    );
}
