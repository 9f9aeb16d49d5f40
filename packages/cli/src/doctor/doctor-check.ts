import type { LocalizedMessage } from '@chiase/schema';

/** The outcome of one doctor check. `warn` does not fail the run; `skip` means a prior check failed. */
export type CheckStatus = 'pass' | 'warn' | 'fail' | 'skip';

/** What the doctor checks, in order. */
export type CheckId = 'settings' | 'tls' | 'reachable' | 'clock' | 'token';

/** One check's result: what was found and, unless it passed, what to do. */
export interface DoctorCheck {
  /** Which check. */
  readonly id: CheckId;
  /** Its outcome. */
  readonly status: CheckStatus;
  /** What was found. */
  readonly detail: LocalizedMessage;
  /** What to do about a failure or warning. */
  readonly fix?: LocalizedMessage;
}
