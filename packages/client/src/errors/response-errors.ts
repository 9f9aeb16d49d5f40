import { ChiaseError, type ValidationIssue } from '@chiase/schema';
import { GatewayError, type GatewayErrorJson, type GatewayErrorOptions } from './gateway-error';

const INVALID_RESPONSE = 'chiase.client.invalid_response_error';
const RESPONSE_VALIDATION = 'chiase.client.response_validation_error';
const INVALID_RESPONSE_BRAND = Symbol.for(INVALID_RESPONSE);
const RESPONSE_VALIDATION_BRAND = Symbol.for(RESPONSE_VALIDATION);

/**
 * A successful status but a body that cannot be read as its content type says (malformed JSON or
 * XML, typically a body cut short), or a token answer without a token. Safe calls are retried first.
 */
export class InvalidResponseError extends GatewayError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: brand read through Symbol.for() in isInstance().
  private readonly [INVALID_RESPONSE_BRAND] = true;
  constructor(options: GatewayErrorOptions) {
    super(options);
    this.name = 'InvalidResponseError';
  }
  /** True when `error` is an InvalidResponseError from any installed copy of `@chiase/client`. */
  static override isInstance(error: unknown): error is InvalidResponseError {
    return ChiaseError.hasMarker(error, INVALID_RESPONSE);
  }
}

/** Options of a {@link ResponseValidationError}. */
export interface ResponseValidationErrorOptions extends GatewayErrorOptions {
  /** Every mismatch, each with its JSONPath. */
  issues: readonly ValidationIssue[];
}

/** Strict mode: the response does not match the schema given for the call; `issues` name each JSON path. */
export class ResponseValidationError extends GatewayError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: brand read through Symbol.for() in isInstance().
  private readonly [RESPONSE_VALIDATION_BRAND] = true;
  /** Every mismatch, each with its JSONPath (`$.items[0].code`) and a bilingual message. */
  readonly issues: readonly ValidationIssue[];
  constructor(options: ResponseValidationErrorOptions) {
    super(options);
    this.name = 'ResponseValidationError';
    this.issues = options.issues;
  }
  /** True when `error` is a ResponseValidationError from any installed copy of `@chiase/client`. */
  static override isInstance(error: unknown): error is ResponseValidationError {
    return ChiaseError.hasMarker(error, RESPONSE_VALIDATION);
  }
  /** The JSON form, with the issues. */
  override toJSON(): GatewayErrorJson & { issues: readonly ValidationIssue[] } {
    return { ...super.toJSON(), issues: this.issues };
  }
}
