// Public surface of @chiase/cli: run the `chiase` command in-process, and its progress reporter.
// Everything not listed here is private.

export { CliUsageError } from './errors/cli-usage-error';
export { CommandFailedError } from './errors/command-failed-error';
export { JsonSyntaxError } from './errors/json-syntax-error';
export type { CliIo, CliStream } from './program/cli-io';
export { CLI_VERSION } from './program/cli-version';
export { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from './program/report-error';
export { runCli } from './program/run-cli';
export {
  createProgressReporter,
  type ProgressReporter,
  type ProgressReporterSettings,
  type ProgressUpdate,
} from './progress/progress-reporter';
