import { ChiaseError, type LocalizedMessage } from '@chiase/schema';

const MARKER = 'chiase.cli.command_failed';
const SYMBOL = Symbol.for(MARKER);

/** A command ran but did not achieve its purpose (a failed check, a refused write); exit status 1. */
export class CommandFailedError extends ChiaseError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the brand is read through Symbol.for() in isInstance().
  private readonly [SYMBOL] = true;

  constructor(options: { code: string; message: LocalizedMessage; cause?: unknown }) {
    super(options);
    this.name = 'CommandFailedError';
  }

  /** True when `error` is a CommandFailedError from any installed copy of `@chiase/cli`. */
  static override isInstance(error: unknown): error is CommandFailedError {
    return ChiaseError.hasMarker(error, MARKER);
  }
}
