import type { ValidationIssue } from '../validation/validation-issue';
import { ChiaseError } from './chiase-error';

const MARKER = 'chiase.validation_error';
const SYMBOL = Symbol.for(MARKER);
const LISTED = 5;

function summary(subject: string, issues: readonly ValidationIssue[], language: 'vi' | 'en'): string {
  const lines = issues.slice(0, LISTED).map((i) => `  ${i.path}: ${i.message[language]}`);
  const more = issues.length - LISTED;
  if (more > 0) lines.push(language === 'vi' ? `  … và ${more} lỗi khác` : `  … and ${more} more`);
  const head =
    language === 'vi'
      ? `${subject} không hợp lệ (${issues.length} lỗi):`
      : `${subject} is invalid (${issues.length} issue${issues.length === 1 ? '' : 's'}):`;
  return [head, ...lines].join('\n');
}

/** Thrown when an artefact or code does not satisfy its schema; carries every issue found. */
export class ValidationError extends ChiaseError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the brand is read through Symbol.for() in isInstance().
  private readonly [SYMBOL] = true;
  /** Every problem found, each with its JSONPath and bilingual message. */
  readonly issues: readonly ValidationIssue[];

  constructor(options: { subject: { vi: string; en: string }; issues: readonly ValidationIssue[] }) {
    super({
      code: 'validation_failed',
      message: {
        vi: summary(options.subject.vi, options.issues, 'vi'),
        en: summary(options.subject.en, options.issues, 'en'),
      },
    });
    this.name = 'ValidationError';
    this.issues = options.issues;
  }

  /** True when `error` is a ValidationError from any installed copy of `@chiase/schema`. */
  static override isInstance(error: unknown): error is ValidationError {
    return ChiaseError.hasMarker(error, MARKER);
  }
}
