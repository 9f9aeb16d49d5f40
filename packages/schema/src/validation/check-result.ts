import type { LocalizedMessage } from '../errors/localized-message';

/** Outcome of a standalone code validator (tax code, agency e-ID…). */
export type CheckResult<T = string> =
  | { ok: true; value: T }
  | {
      ok: false;
      /** Specific reason, e.g. `tax_code.check_digit`. */
      code: string;
      /** What is wrong and how to fix it, in both languages. */
      message: LocalizedMessage;
    };

/** A successful check. */
export function passed<T>(value: T): CheckResult<T> {
  return { ok: true, value };
}

/** A failed check with its reason. */
export function failed<T = never>(code: string, vi: string, en: string): CheckResult<T> {
  return { ok: false, code, message: { vi, en } };
}
