import { existsSync } from 'node:fs';
import type { SqlStore } from '@chiase/sql-store';
import { CliUsageError } from '../errors/cli-usage-error';
import type { CliContext } from '../program/cli-context';

/** True for a PostgreSQL connection URL (`postgres://` or `postgresql://`). */
export function isPostgresUrl(value: string): boolean {
  return /^postgres(ql)?:\/\//.test(value);
}

/**
 * Opens the database a `--database` flag names: PostgreSQL by URL, else a PGlite directory resolved
 * against the working directory. With `mustExist`, a PGlite directory that is not there is a usage
 * error (a check must not create an empty database and then report it empty).
 */
export async function openDatabaseFlag(
  context: CliContext,
  value: string,
  options: { mustExist?: boolean } = {},
): Promise<SqlStore> {
  // Loaded on use: only the commands with a database need sql-store and its drivers.
  const { openSqlStore } = await import('@chiase/sql-store');
  if (isPostgresUrl(value)) return openSqlStore(value);
  const dataDir = context.resolvePath(value);
  if (options.mustExist === true && !existsSync(dataDir)) {
    throw new CliUsageError({
      code: 'cli.database_not_found',
      message: {
        vi: `Không có thư mục CSDL PGlite "${value}". Kiểm tra --database (URL postgres:// hoặc thư mục PGlite).`,
        en: `There is no PGlite database folder "${value}". Check --database (a postgres:// URL or a PGlite folder).`,
      },
    });
  }
  return openSqlStore({ dataDir });
}
