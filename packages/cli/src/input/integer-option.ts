import { CliUsageError } from '../errors/cli-usage-error';
import { MESSAGES } from '../messages/cli-messages';

/** An integer option value within `[min, max]`, or a usage error naming the option and the range. */
export function integerOption(option: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < min || n > max) {
    const range =
      max === Number.MAX_SAFE_INTEGER
        ? `≥ ${min}`
        : min === Number.MIN_SAFE_INTEGER
          ? `≤ ${max}`
          : `${min}–${max}`;
    throw new CliUsageError({
      code: 'cli.invalid_integer',
      message: MESSAGES.invalidInteger(option, value, range),
    });
  }
  return n;
}
