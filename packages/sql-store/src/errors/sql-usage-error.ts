import { ChiaseError, type LocalizedMessage } from '@chiase/schema';
import { SqlStoreError } from './sql-store-error';

const MARKER = 'chiase.sql_store.usage_error';
const SYMBOL = Symbol.for(MARKER);

/** Codes of a {@link SqlUsageError}. */
export type SqlUsageErrorCode =
  | 'sql.invalid_target'
  | 'sql.store_closed'
  | 'sql.outside_transaction'
  | 'sql.transaction_closed'
  | 'sql.invalid_identifier'
  | 'sql.invalid_option';

/**
 * The store was used wrongly: an unknown target or option, a call after `close()`, a call on the store
 * (not the transaction handle) inside `transaction()`, or a transaction handle used after its end.
 */
export class SqlUsageError extends SqlStoreError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: brand read through Symbol.for() in isInstance().
  private readonly [SYMBOL] = true;

  constructor(code: SqlUsageErrorCode, message: LocalizedMessage) {
    super({ code, message });
    this.name = 'SqlUsageError';
  }

  /** True when `error` is a SqlUsageError from any installed copy of `@chiase/sql-store`. */
  static override isInstance(error: unknown): error is SqlUsageError {
    return ChiaseError.hasMarker(error, MARKER);
  }
}
