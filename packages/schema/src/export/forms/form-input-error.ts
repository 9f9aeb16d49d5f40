import { ChiaseError } from '../../errors/chiase-error';
import type { FormId } from './form-definition';

const MARKER = 'chiase.form_input_error';
const SYMBOL = Symbol.for(MARKER);

/** Thrown when the values given for an official form do not fit its definition. */
export class FormInputError extends ChiaseError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the brand is read through Symbol.for() in isInstance().
  private readonly [SYMBOL] = true;
  /** The form being filled in. */
  readonly form: FormId;
  /** Where in the input the problem is, e.g. `$.tables.openData[2].category`. */
  readonly path: string;

  constructor(options: { form: FormId; path: string; vi: string; en: string }) {
    super({
      code: 'form_input_invalid',
      message: {
        vi: `Không thể điền ${options.form} tại ${options.path}: ${options.vi}`,
        en: `Cannot fill in ${options.form} at ${options.path}: ${options.en}`,
      },
    });
    this.name = 'FormInputError';
    this.form = options.form;
    this.path = options.path;
  }

  /** True when `error` is a FormInputError from any installed copy of `@chiase/schema`. */
  static override isInstance(error: unknown): error is FormInputError {
    return ChiaseError.hasMarker(error, MARKER);
  }
}
