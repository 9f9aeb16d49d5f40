import { SqlUsageError } from '../errors/sql-usage-error';

/**
 * Where a store lives: a PostgreSQL URL (`postgres://user:pass@host:5432/db`), an embedded PGlite
 * data directory `{ dataDir }` (the default for local use: on disk, BASELINES.md §5b), or
 * `'memory://'` for an in-memory PGlite (tests; slower and far larger in memory than on disk).
 */
export type SqlTarget = string | { dataDir: string };

/** A target after parsing. */
export type ResolvedSqlTarget =
  | { kind: 'postgres'; url: string; password: string | undefined }
  | { kind: 'pglite'; dataDir: string | undefined };

/** Parses a {@link SqlTarget}; throws `SqlUsageError` (`sql.invalid_target`) for anything else. */
export function resolveSqlTarget(target: SqlTarget): ResolvedSqlTarget {
  if (typeof target === 'object' && target !== null && typeof target.dataDir === 'string') {
    if (target.dataDir.trim() === '') throw invalid('an empty dataDir');
    return { kind: 'pglite', dataDir: target.dataDir };
  }
  if (typeof target !== 'string') throw invalid('an object without dataDir');
  if (target === 'memory://') return { kind: 'pglite', dataDir: undefined };
  if (/^postgres(ql)?:\/\//i.test(target)) {
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      throw invalid('a malformed PostgreSQL URL');
    }
    // A host is required, in the URL or as `?host=` (a Unix socket directory).
    if (url.hostname === '' && !url.searchParams.has('host'))
      throw invalid('a PostgreSQL URL without a host');
    const password =
      url.password !== '' ? decodeURIComponent(url.password) : url.searchParams.get('password');
    return { kind: 'postgres', url: target, password: password ?? undefined };
  }
  throw invalid(`"${target.split(':')[0]}:" (expected postgres://, postgresql://, memory:// or { dataDir })`);
}

function invalid(what: string): SqlUsageError {
  return new SqlUsageError('sql.invalid_target', {
    vi: `Đích cơ sở dữ liệu không hợp lệ: ${what}`,
    en: `Invalid database target: ${what}`,
  });
}
