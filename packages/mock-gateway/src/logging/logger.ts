/** Log levels, most verbose first. `silent` logs nothing. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

/** Structured fields attached to a log line. Keys that look secret are redacted before writing. */
export type LogFields = Readonly<Record<string, string | number | boolean | undefined>>;

/** The logger the mock gateway writes to. Pass your own to route lines elsewhere. */
export interface Logger {
  /** Per-request detail. */
  debug(message: string, fields?: LogFields): void;
  /** Lifecycle events (server started, stopped). */
  info(message: string, fields?: LogFields): void;
  /** Something a test author should look at (e.g. a fault configuration that can never fire). */
  warn(message: string, fields?: LogFields): void;
  /** A handler failed unexpectedly. */
  error(message: string, fields?: LogFields): void;
}

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };
const SECRET_KEY = /secret|token|authori[sz]ation|password|cookie/i;

/** Replaces the value of every field whose name looks secret with `[redacted]`. */
export function redactFields(fields: LogFields | undefined): LogFields | undefined {
  if (fields === undefined) return undefined;
  const out: Record<string, string | number | boolean | undefined> = {};
  for (const [key, value] of Object.entries(fields)) out[key] = SECRET_KEY.test(key) ? '[redacted]' : value;
  return out;
}

function format(level: LogLevel, message: string, fields: LogFields | undefined): string {
  const safe = redactFields(fields);
  const tail =
    safe === undefined
      ? ''
      : Object.entries(safe)
          .filter(([, v]) => v !== undefined)
          .map(([k, v]) => ` ${k}=${String(v)}`)
          .join('');
  return `[mock-gateway] ${level} ${message}${tail}`;
}

/**
 * A logger that writes lines at or above `level` to stderr (through `console.warn` / `console.error`,
 * so stdout stays free for program output). Default level: `warn`.
 */
export function createConsoleLogger(level: LogLevel = 'warn'): Logger {
  const enabled = (l: LogLevel): boolean => ORDER[l] >= ORDER[level];
  return {
    debug: (m, f) => {
      if (enabled('debug')) console.error(format('debug', m, f));
    },
    info: (m, f) => {
      if (enabled('info')) console.error(format('info', m, f));
    },
    warn: (m, f) => {
      if (enabled('warn')) console.warn(format('warn', m, f));
    },
    error: (m, f) => {
      if (enabled('error')) console.error(format('error', m, f));
    },
  };
}
