import { ChiaseError } from '@chiase/schema';
import { SqlStoreError } from './sql-store-error';

const MARKER = 'chiase.sql_store.query_error';
const SYMBOL = Symbol.for(MARKER);
const SQL_SHOWN = 200;

/** What the database said about a failed statement. Parameters are never kept: they may hold personal data. */
export interface SqlQueryErrorOptions {
  /** SQLSTATE, e.g. `23505` unique violation, `42P01` unknown table. */
  sqlState: string;
  /** The server's message. */
  reason: string;
  /** The statement text (shortened in the message). */
  sql: string;
  /** The server's detail line, if any. */
  detail?: string;
  /** The constraint at fault, if any. */
  constraint?: string;
  /** The table at fault, if any. */
  table?: string;
}

/** A statement failed in the database. Carries the SQLSTATE so callers can react to e.g. `23505`. */
export class SqlQueryError extends SqlStoreError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: brand read through Symbol.for() in isInstance().
  private readonly [SYMBOL] = true;
  /** SQLSTATE (five characters), e.g. `23505`. */
  readonly sqlState: string;
  /** The statement text. */
  readonly sql: string;
  /** The server's detail line, if any. */
  readonly detail: string | undefined;
  /** The constraint at fault, if any. */
  readonly constraint: string | undefined;
  /** The table at fault, if any. */
  readonly table: string | undefined;

  constructor(options: SqlQueryErrorOptions) {
    const shown = options.sql.length > SQL_SHOWN ? `${options.sql.slice(0, SQL_SHOWN)}…` : options.sql;
    super({
      code: 'sql.query_failed',
      message: {
        vi: `Câu lệnh SQL lỗi (SQLSTATE ${options.sqlState}): ${options.reason} — ${shown}`,
        en: `SQL statement failed (SQLSTATE ${options.sqlState}): ${options.reason} — ${shown}`,
      },
    });
    this.name = 'SqlQueryError';
    this.sqlState = options.sqlState;
    this.sql = options.sql;
    this.detail = options.detail;
    this.constraint = options.constraint;
    this.table = options.table;
  }

  /** True when `error` is a SqlQueryError from any installed copy of `@chiase/sql-store`. */
  static override isInstance(error: unknown): error is SqlQueryError {
    return ChiaseError.hasMarker(error, MARKER);
  }
}
