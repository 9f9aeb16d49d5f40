import { ChiaseError } from '../errors/chiase-error';
import type { LocalizedMessage } from '../errors/localized-message';

const MARKER = 'chiase.legal_rule_error';
const SYMBOL = Symbol.for(MARKER);

/**
 * Why a legal rule could not be given:
 * - `legal_rule.unknown`: no rule has this identifier;
 * - `legal_rule.not_in_force`: the rule exists but no version of it is in force on the date
 *   (before Decree 47/2020 took effect, or after the article was repealed).
 */
export type LegalRuleErrorCode = 'legal_rule.unknown' | 'legal_rule.not_in_force';

/** Thrown by `legalRuleAt` and `legalDeadline` for a rule they cannot apply. */
export class LegalRuleError extends ChiaseError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the brand is read through Symbol.for() in isInstance().
  private readonly [SYMBOL] = true;
  /** The machine-readable reason. */
  declare readonly code: LegalRuleErrorCode;
  /** The rule identifier asked for. */
  readonly ruleId: string;
  /** The date asked for, `YYYY-MM-DD`, when the rule exists. */
  readonly date: string | undefined;

  constructor(options: {
    code: LegalRuleErrorCode;
    message: LocalizedMessage;
    ruleId: string;
    date?: string;
  }) {
    super({ code: options.code, message: options.message });
    this.name = 'LegalRuleError';
    this.ruleId = options.ruleId;
    this.date = options.date;
  }

  /** True when `error` is a LegalRuleError from any installed copy of `@chiase/schema`. */
  static override isInstance(error: unknown): error is LegalRuleError {
    return ChiaseError.hasMarker(error, MARKER);
  }
}
