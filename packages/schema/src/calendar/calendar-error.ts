import { ChiaseError } from '../errors/chiase-error';
import type { LocalizedMessage } from '../errors/localized-message';

const MARKER = 'chiase.calendar_error';
const SYMBOL = Symbol.for(MARKER);

/**
 * Why a calendar operation refused its input:
 * - `calendar.invalid_date`: not a `YYYY-MM-DD` calendar date, or an invalid `Date`;
 * - `calendar.out_of_range`: outside the years the calendar or the lunar algorithm covers;
 * - `calendar.invalid_lunar_date`: a lunar date that does not exist (no such leap month, day 30 of a
 *   29-day month…);
 * - `calendar.invalid_count`: a working-day count that is not a safe integer;
 * - `calendar.conflicting_days`: the same day given both as an extra holiday and as an extra working day.
 */
export type CalendarErrorCode =
  | 'calendar.invalid_date'
  | 'calendar.out_of_range'
  | 'calendar.invalid_lunar_date'
  | 'calendar.invalid_count'
  | 'calendar.conflicting_days';

/** Thrown by the working-day calendar and the lunar calendar for input they cannot use. */
export class CalendarError extends ChiaseError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the brand is read through Symbol.for() in isInstance().
  private readonly [SYMBOL] = true;
  /** The machine-readable reason. */
  declare readonly code: CalendarErrorCode;
  /** The offending input, as given (a `Date` is kept as is). */
  readonly input: unknown;

  constructor(options: {
    code: CalendarErrorCode;
    message: LocalizedMessage;
    input: unknown;
    cause?: unknown;
  }) {
    super({ code: options.code, message: options.message, cause: options.cause });
    this.name = 'CalendarError';
    this.input = options.input;
  }

  /** True when `error` is a CalendarError from any installed copy of `@chiase/schema`. */
  static override isInstance(error: unknown): error is CalendarError {
    return ChiaseError.hasMarker(error, MARKER);
  }
}
