import { ChiaseError } from '@chiase/schema';
import { SqlStoreError } from './sql-store-error';

const MARKER = 'chiase.sql_store.migration_error';
const SYMBOL = Symbol.for(MARKER);

/** Why a migration run stopped. */
export type SqlMigrationProblem = 'duplicate_id' | 'changed' | 'failed';

/**
 * A migration run stopped: two migrations share an id, an applied migration's SQL was changed since,
 * or a migration failed (its transaction was rolled back; earlier ones stay applied).
 */
export class SqlMigrationError extends SqlStoreError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: brand read through Symbol.for() in isInstance().
  private readonly [SYMBOL] = true;
  /** The migration at fault. */
  readonly migrationId: string;
  /** Why the run stopped. */
  readonly problem: SqlMigrationProblem;

  constructor(options: { migrationId: string; problem: SqlMigrationProblem; cause?: unknown }) {
    const id = options.migrationId;
    const reasons = {
      duplicate_id: { vi: `mã migration "${id}" bị trùng`, en: `migration id "${id}" is used twice` },
      changed: {
        vi: `migration "${id}" đã chạy nhưng nội dung SQL đã bị sửa; hãy thêm migration mới thay vì sửa`,
        en: `migration "${id}" was applied but its SQL has changed since; add a new migration instead`,
      },
      failed: {
        vi: `migration "${id}" lỗi và đã được hoàn tác: ${describe(options.cause)}`,
        en: `migration "${id}" failed and was rolled back: ${describe(options.cause)}`,
      },
    } as const;
    super({
      code: `sql.migration_${options.problem}`,
      message: reasons[options.problem],
      cause: options.cause,
    });
    this.name = 'SqlMigrationError';
    this.migrationId = id;
    this.problem = options.problem;
  }

  /** True when `error` is a SqlMigrationError from any installed copy of `@chiase/sql-store`. */
  static override isInstance(error: unknown): error is SqlMigrationError {
    return ChiaseError.hasMarker(error, MARKER);
  }
}

function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
