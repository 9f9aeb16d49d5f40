import { ChiaseError, type LocalizedMessage } from '@chiase/schema/codes';
import { CsvConnectorError } from './csv-connector-error';

const MARKER = 'chiase.csv_publish_error';
const SYMBOL = Symbol.for(MARKER);

/** Publishing a register as open data could not go ahead; nothing was published. */
export class PublishError extends CsvConnectorError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the brand is read through Symbol.for() in isInstance().
  private readonly [SYMBOL] = true;

  constructor(code: string, message: LocalizedMessage, cause?: unknown) {
    super({ code, message, ...(cause === undefined ? {} : { cause }) });
    this.name = 'PublishError';
  }

  /** True when `error` is a PublishError from any installed copy of this package. */
  static override isInstance(error: unknown): error is PublishError {
    return ChiaseError.hasMarker(error, MARKER);
  }
}
