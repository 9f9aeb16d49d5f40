import { ChiaseError, type LocalizedMessage } from '@chiase/schema';

const MARKER = 'chiase.sql_store.error';
const SYMBOL = Symbol.for(MARKER);

/** Options shared by every `@chiase/sql-store` error. */
export interface SqlStoreErrorOptions {
  /** Stable machine-readable code, e.g. `sql.query_failed`. */
  code: string;
  /** What went wrong, in Vietnamese and English. Never holds a password or query parameters. */
  message: LocalizedMessage;
  /** A sanitised underlying error (never a raw driver error: it may hold parameters). */
  cause?: unknown;
}

/**
 * Base class of every error `@chiase/sql-store` throws. `isInstance()` works across duplicate
 * installs of the package.
 */
export class SqlStoreError extends ChiaseError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: brand read through Symbol.for() in isInstance().
  private readonly [SYMBOL] = true;

  constructor(options: SqlStoreErrorOptions) {
    super(options);
    this.name = 'SqlStoreError';
  }

  /** True when `error` is any error from any installed copy of `@chiase/sql-store`. */
  static override isInstance(error: unknown): error is SqlStoreError {
    return ChiaseError.hasMarker(error, MARKER);
  }
}
