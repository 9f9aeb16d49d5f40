import { ChiaseError, type LocalizedMessage } from '@chiase/schema/codes';

const MARKER = 'chiase.connector_csv_error';
const SYMBOL = Symbol.for(MARKER);

/** Base class of every error thrown by `@chiase/connector-csv`. */
export class CsvConnectorError extends ChiaseError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the brand is read through Symbol.for() in isInstance().
  private readonly [SYMBOL] = true;

  constructor(options: { code: string; message: LocalizedMessage; cause?: unknown }) {
    super(options);
    this.name = 'CsvConnectorError';
  }

  /** True when `error` is any error of any installed copy of `@chiase/connector-csv`. */
  static override isInstance(error: unknown): error is CsvConnectorError {
    return ChiaseError.hasMarker(error, MARKER);
  }
}
