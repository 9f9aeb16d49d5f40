import { SqlConnectionError } from '../errors/sql-connection-error';
import { SqlQueryError } from '../errors/sql-query-error';
import { SqlStoreError } from '../errors/sql-store-error';
import { scrubSecret } from './redact-connection-url';

/** Where a driver error happened, to build a typed error from it. */
export interface DriverErrorContext {
  /** The statement that ran. */
  sql: string;
  /** The target as shown (password masked). */
  target: string;
  /** The password to scrub from any message. */
  password: string | undefined;
}

// SQLSTATE classes that mean "could not connect / lost the connection / refused login".
const CONNECTION_CLASSES = ['08', '28', '3D', '57P'];
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'EPIPE',
]);

interface DriverErrorShape {
  code?: unknown;
  message?: unknown;
  detail?: unknown;
  constraint?: unknown;
  table?: unknown;
}

/**
 * Turns an error from `pg` or PGlite into a typed store error. The driver error itself is not kept as
 * `cause`: PGlite's errors carry the query parameters, which may hold personal data.
 */
export function toStoreError(error: unknown, context: DriverErrorContext): Error {
  if (SqlStoreError.isInstance(error)) return error;
  if (error === null || typeof error !== 'object') return new Error(String(error));
  const shape = error as DriverErrorShape;
  const code = typeof shape.code === 'string' ? shape.code : undefined;
  const reason = scrubSecret(
    typeof shape.message === 'string' ? shape.message : String(error),
    context.password,
  );
  if (code !== undefined && NETWORK_CODES.has(code)) {
    return new SqlConnectionError({ target: context.target, reason: `${code} ${reason}` });
  }
  if (code !== undefined && /^[0-9A-Z]{5}$/.test(code)) {
    // 08P01 (protocol violation) is a malformed statement, e.g. a wrong parameter count.
    if (code !== '08P01' && CONNECTION_CLASSES.some((c) => code.startsWith(c))) {
      return new SqlConnectionError({ target: context.target, reason, sqlState: code });
    }
    return new SqlQueryError({
      sqlState: code,
      reason,
      sql: context.sql,
      ...(typeof shape.detail === 'string' ? { detail: scrubSecret(shape.detail, context.password) } : {}),
      ...(typeof shape.constraint === 'string' ? { constraint: shape.constraint } : {}),
      ...(typeof shape.table === 'string' ? { table: shape.table } : {}),
    });
  }
  if (/connection|terminated|timeout|connect/i.test(reason) && !(error instanceof TypeError)) {
    return new SqlConnectionError({ target: context.target, reason });
  }
  return error instanceof Error ? error : new Error(reason);
}
