import type { LocalizedMessage } from '../errors/localized-message';

/** One reason an input was rejected. */
export interface ValidationIssue {
  /** Where the problem is, as JSONPath (`$.services[0].method`). */
  path: string;
  /** The same location as path segments. */
  segments: (string | number)[];
  /**
   * Machine-readable reason: a zod issue code (`invalid_type`, `too_small`…) or, for Vietnamese
   * code validators, a specific reason such as `tax_code.check_digit`.
   */
  code: string;
  /** What is wrong and what to do, in Vietnamese and English. */
  message: LocalizedMessage;
}

/** Result of {@link validate}: the parsed value or every issue found. */
export type ValidationResult<T> = { success: true; data: T } | { success: false; issues: ValidationIssue[] };
