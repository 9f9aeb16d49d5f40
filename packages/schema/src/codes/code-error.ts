import { ChiaseError } from '../errors/chiase-error';
import type { LocalizedMessage } from '../errors/localized-message';

const MARKER = 'chiase.code_error';
const SYMBOL = Symbol.for(MARKER);

/**
 * Thrown by the `parse…` functions of the Vietnamese code validators (`parsePersonalId`,
 * `parseAgencyId`) when the input is not a valid code. `code` is the validator's specific reason,
 * e.g. `personal_id.century`; the message says what is wrong in Vietnamese and English.
 */
export class CodeError extends ChiaseError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the brand is read through Symbol.for() in isInstance().
  private readonly [SYMBOL] = true;

  constructor(options: { code: string; message: LocalizedMessage }) {
    super(options);
    this.name = 'CodeError';
  }

  /** True when `error` is a CodeError from any installed copy of `@chiase/schema`. */
  static override isInstance(error: unknown): error is CodeError {
    return ChiaseError.hasMarker(error, MARKER);
  }
}
