import { ChiaseError, type LocalizedMessage } from '@chiase/schema';

const MARKER = 'chiase.cli.usage_error';
const SYMBOL = Symbol.for(MARKER);

/**
 * The command line itself is wrong: an unknown option or kind, a missing argument, a file that does
 * not exist. The `chiase` command exits with status 2 for it.
 */
export class CliUsageError extends ChiaseError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the brand is read through Symbol.for() in isInstance().
  private readonly [SYMBOL] = true;

  constructor(options: { code: string; message: LocalizedMessage }) {
    super({ code: options.code, message: options.message });
    this.name = 'CliUsageError';
  }

  /** True when `error` is a CliUsageError from any installed copy of `@chiase/cli`. */
  static override isInstance(error: unknown): error is CliUsageError {
    return ChiaseError.hasMarker(error, MARKER);
  }
}
