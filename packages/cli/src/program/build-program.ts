import { Command } from 'commander';
import { registerDcatCommands } from '../commands/dcat-export-command';
import { registerDoctorCommand } from '../commands/doctor-command';
import { registerFormsCommands } from '../commands/forms-export-command';
import { registerLogCommands } from '../commands/log-commands';
import { registerMockGatewayCommand } from '../commands/mock-gateway-command';
import { registerPublishCsvCommand } from '../commands/publish-csv-command';
import { registerRequestsCommands } from '../commands/requests-commands';
import { registerServicesCommands } from '../commands/services-commands';
import { registerValidateCommand } from '../commands/validate-command';
import { MESSAGES } from '../messages/cli-messages';
import type { CliContext } from './cli-context';
import { CLI_VERSION } from './cli-version';

const VIETNAMESE_TITLES: Readonly<Record<string, string>> = {
  'Usage:': 'Cách dùng:',
  'Arguments:': 'Đối số:',
  'Options:': 'Tuỳ chọn:',
  'Global Options:': 'Tuỳ chọn chung:',
  'Commands:': 'Lệnh:',
};

/**
 * The `chiase` program with every subcommand, its help in the context's language, its output going to
 * the context's streams, and commander's exits turned into exceptions (so it runs in-process).
 */
export function buildProgram(context: CliContext): Command {
  const t = (m: { vi: string; en: string }) => context.text(m);
  const program = new Command('chiase');
  program
    .exitOverride()
    .configureOutput({
      writeOut: (s) => context.io.stdout.write(s),
      writeErr: (s) => context.io.stderr.write(s),
      // runCli prints commander's errors itself, in the chosen language.
      outputError: () => undefined,
    })
    .configureHelp({
      styleTitle: (title) => (context.language === 'vi' ? (VIETNAMESE_TITLES[title] ?? title) : title),
      showGlobalOptions: true,
    })
    .helpOption('-h, --help', t(MESSAGES.helpOption))
    .helpCommand('help [command]', t(MESSAGES.helpCommand))
    .description(t(MESSAGES.programDescription))
    .version(CLI_VERSION, '-V, --version', t(MESSAGES.versionOption))
    .option('--lang <language>', t(MESSAGES.langOption))
    .option('--json', t(MESSAGES.jsonOption))
    .addHelpText('after', t(MESSAGES.programHelpAfter));
  registerValidateCommand(program, context);
  registerFormsCommands(program, context);
  registerDcatCommands(program, context);
  registerServicesCommands(program, context);
  registerPublishCsvCommand(program, context);
  registerRequestsCommands(program, context);
  registerLogCommands(program, context);
  registerDoctorCommand(program, context);
  registerMockGatewayCommand(program, context);
  return program;
}
