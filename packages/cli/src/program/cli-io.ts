/** Where the command writes: `process.stdout`/`process.stderr`, or a buffer in tests. */
export interface CliStream {
  /** Writes text. */
  write(chunk: string): unknown;
  /** True for a terminal (progress bars are drawn only there). */
  isTTY?: boolean;
  /** Terminal width in characters, when known. */
  columns?: number;
}

/** Everything the `chiase` command reads from and writes to its process, so it can run in-process. */
export interface CliIo {
  /** Results (human text, or one JSON document with `--json`). */
  readonly stdout: CliStream;
  /** Messages, warnings, errors and progress. */
  readonly stderr: CliStream;
  /** Environment variables: `LANG`/`LC_ALL` and the client's `CHIASE_*` settings. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The directory relative paths are resolved against. */
  readonly cwd: string;
  /**
   * Stops long-running commands (`mock-gateway`) when aborted; the bin aborts it on SIGINT and
   * SIGTERM. Default: never aborted.
   */
  readonly signal?: AbortSignal;
}
