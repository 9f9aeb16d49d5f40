import { ChiaseError } from '@chiase/schema';
import { SqlStoreError } from './sql-store-error';

const MARKER = 'chiase.sql_store.connection_error';
const SYMBOL = Symbol.for(MARKER);

/** Options of a {@link SqlConnectionError}. */
export interface SqlConnectionErrorOptions {
  /** The database as it may be shown: a URL with its password replaced by `***`, or a data directory. */
  target: string;
  /** The driver's reason, already stripped of any secret. */
  reason: string;
  /** SQLSTATE when the server answered (e.g. `28P01` bad password, `3D000` unknown database). */
  sqlState?: string;
}

/**
 * The database could not be opened or reached: server down, wrong host, refused credentials, unknown
 * database, or an embedded data directory that cannot be used. The message names the target with
 * its password masked; the password never appears in the message, `cause` or `stack`.
 */
export class SqlConnectionError extends SqlStoreError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: brand read through Symbol.for() in isInstance().
  private readonly [SYMBOL] = true;
  /** The target with its password masked. */
  readonly target: string;
  /** SQLSTATE when the server answered. */
  readonly sqlState: string | undefined;

  constructor(options: SqlConnectionErrorOptions) {
    super({
      code: 'sql.connection_failed',
      message: {
        vi: `Không kết nối được cơ sở dữ liệu ${options.target}: ${options.reason}`,
        en: `Cannot connect to the database ${options.target}: ${options.reason}`,
      },
    });
    this.name = 'SqlConnectionError';
    this.target = options.target;
    this.sqlState = options.sqlState;
  }

  /** True when `error` is a SqlConnectionError from any installed copy of `@chiase/sql-store`. */
  static override isInstance(error: unknown): error is SqlConnectionError {
    return ChiaseError.hasMarker(error, MARKER);
  }
}
