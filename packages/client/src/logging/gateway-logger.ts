import type { Redactor } from './redactor';

/** How much the client logs, from nothing to every request and response. */
export type LogLevel = 'off' | 'error' | 'warn' | 'info' | 'debug';

/** Structured context of a log line (already redacted when it reaches a logger). */
export type LogFields = Readonly<Record<string, unknown>>;

/**
 * Where the client writes its log: any object with these four methods (pino, winston and
 * `console` fit). The client redacts every message and field before calling it.
 */
export interface GatewayLogger {
  /** A call failed for good. */
  error(message: string, fields?: LogFields): void;
  /** Something the operator should know: a retry, an insecure setting. */
  warn(message: string, fields?: LogFields): void;
  /** A token was issued or renewed. */
  info(message: string, fields?: LogFields): void;
  /** Every request and response, with redacted headers and bodies. */
  debug(message: string, fields?: LogFields): void;
}

const RANK: Record<LogLevel, number> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };

/** The levels by name, for validating `CHIASE_LOG_LEVEL`. */
export const LOG_LEVELS: readonly LogLevel[] = ['off', 'error', 'warn', 'info', 'debug'];

/** The default logger: one line per event on stderr, prefixed `[chiase]`. */
export const stderrLogger: GatewayLogger = {
  error: (message, fields) => console.error(`[chiase] ${message}`, fields ?? ''),
  warn: (message, fields) => console.warn(`[chiase] ${message}`, fields ?? ''),
  info: (message, fields) => console.error(`[chiase] ${message}`, fields ?? ''),
  debug: (message, fields) => console.error(`[chiase] ${message}`, fields ?? ''),
};

/** The client's own view of the logger: level filtering and redaction in one place. */
export class ClientLog {
  readonly #logger: GatewayLogger;
  readonly #rank: number;
  readonly #redactor: Redactor;

  constructor(logger: GatewayLogger, level: LogLevel, redactor: Redactor) {
    this.#logger = logger;
    this.#rank = RANK[level];
    this.#redactor = redactor;
  }

  /** True when lines of this level are written (check before building costly fields). */
  enabled(level: Exclude<LogLevel, 'off'>): boolean {
    return RANK[level] <= this.#rank;
  }

  /** Writes a line at `level`, redacting the message and every field. */
  write(level: Exclude<LogLevel, 'off'>, message: string, fields?: LogFields): void {
    if (!this.enabled(level)) return;
    const text = this.#redactor.text(message);
    if (fields === undefined) this.#logger[level](text);
    else this.#logger[level](text, this.#redactor.value(fields) as LogFields);
  }
}
