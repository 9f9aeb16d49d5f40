import { isAbsolute, resolve } from 'node:path';
import type { Language, LocalizedMessage } from '@chiase/schema';
import type { CliIo } from './cli-io';
import { SecretRedactor } from './secret-redactor';

/** What every command gets: where to write, in which language and form, and the exit status to set. */
export class CliContext {
  /** The process streams, environment and working directory. */
  readonly io: CliIo;
  /** The language of messages (`--lang`, else the locale). */
  readonly language: Language;
  /** True with `--json`: results go to stdout as one JSON document. */
  readonly json: boolean;
  /** Masks secrets in everything written. */
  readonly redactor = new SecretRedactor();
  /** The exit status the command run ends with. */
  exitCode = 0;

  constructor(options: { io: CliIo; language: Language; json: boolean }) {
    this.io = options.io;
    this.language = options.language;
    this.json = options.json;
    this.redactor.add(options.io.env.CHIASE_CONSUMER_SECRET);
  }

  /** A message in the chosen language. */
  text(message: LocalizedMessage): string {
    return message[this.language];
  }

  /** Writes one line of result text to stdout (nothing in `--json` mode, which prints a document instead). */
  out(line: string | LocalizedMessage): void {
    if (this.json) return;
    this.io.stdout.write(`${this.redactor.redact(typeof line === 'string' ? line : this.text(line))}\n`);
  }

  /**
   * Writes one line to stdout without masking: only for values that are public by design, such as the
   * mock gateway's demo account, which must print even when the environment holds the same secret.
   */
  outPublic(line: string | LocalizedMessage): void {
    if (this.json) return;
    this.io.stdout.write(`${typeof line === 'string' ? line : this.text(line)}\n`);
  }

  /** Writes one line to stderr (messages, warnings, errors). */
  err(line: string | LocalizedMessage): void {
    this.io.stderr.write(`${this.redactor.redact(typeof line === 'string' ? line : this.text(line))}\n`);
  }

  /**
   * In `--json` mode, writes `value` to stdout as the command's one JSON document, secrets masked
   * unless `options.public` says its values are public by design (see {@link CliContext.outPublic}).
   */
  emitJson(value: unknown, options: { public?: boolean } = {}): void {
    if (!this.json) return;
    const text = JSON.stringify(value, null, 2);
    this.io.stdout.write(`${options.public === true ? text : this.redactor.redact(text)}\n`);
  }

  /** A path given on the command line, resolved against the working directory. */
  resolvePath(path: string): string {
    return isAbsolute(path) ? path : resolve(this.io.cwd, path);
  }
}
