import { ChiaseError } from '@chiase/schema';
import type { FieldError } from '../http/problem-details';
import { GatewayError, type GatewayErrorJson, type GatewayErrorOptions } from './gateway-error';

const AUTHENTICATION = 'chiase.client.authentication_error';
const PERMISSION_DENIED = 'chiase.client.permission_denied_error';
const NOT_FOUND = 'chiase.client.not_found_error';
const CONFLICT = 'chiase.client.conflict_error';
const PRECONDITION_FAILED = 'chiase.client.precondition_failed_error';
const BAD_REQUEST = 'chiase.client.bad_request_error';
const UNPROCESSABLE = 'chiase.client.unprocessable_error';
const RATE_LIMIT = 'chiase.client.rate_limit_error';
const SERVER = 'chiase.client.server_error';
const AUTHENTICATION_BRAND = Symbol.for(AUTHENTICATION);
const PERMISSION_DENIED_BRAND = Symbol.for(PERMISSION_DENIED);
const NOT_FOUND_BRAND = Symbol.for(NOT_FOUND);
const CONFLICT_BRAND = Symbol.for(CONFLICT);
const PRECONDITION_FAILED_BRAND = Symbol.for(PRECONDITION_FAILED);
const BAD_REQUEST_BRAND = Symbol.for(BAD_REQUEST);
const UNPROCESSABLE_BRAND = Symbol.for(UNPROCESSABLE);
const RATE_LIMIT_BRAND = Symbol.for(RATE_LIMIT);
const SERVER_BRAND = Symbol.for(SERVER);

/**
 * 401: the gateway did not accept the credentials, or the token endpoint refused to issue a token
 * (`code` is then `gateway.token_rejected`). Thrown after one re-fetch of a stale token failed too.
 */
export class AuthenticationError extends GatewayError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: brand read through Symbol.for() in isInstance().
  private readonly [AUTHENTICATION_BRAND] = true;
  constructor(options: GatewayErrorOptions) {
    super(options);
    this.name = 'AuthenticationError';
  }
  /** True when `error` is an AuthenticationError from any installed copy of `@chiase/client`. */
  static override isInstance(error: unknown): error is AuthenticationError {
    return ChiaseError.hasMarker(error, AUTHENTICATION);
  }
}

/** 403: the connection account may not use this operation (Decree 47/2020 Art. 35, 40). */
export class PermissionDeniedError extends GatewayError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: brand read through Symbol.for() in isInstance().
  private readonly [PERMISSION_DENIED_BRAND] = true;
  constructor(options: GatewayErrorOptions) {
    super(options);
    this.name = 'PermissionDeniedError';
  }
  /** True when `error` is a PermissionDeniedError from any installed copy of `@chiase/client`. */
  static override isInstance(error: unknown): error is PermissionDeniedError {
    return ChiaseError.hasMarker(error, PERMISSION_DENIED);
  }
}

/** 404: no such resource, or a wrong base path for this API group in the gateway profile. */
export class NotFoundError extends GatewayError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: brand read through Symbol.for() in isInstance().
  private readonly [NOT_FOUND_BRAND] = true;
  constructor(options: GatewayErrorOptions) {
    super(options);
    this.name = 'NotFoundError';
  }
  /** True when `error` is a NotFoundError from any installed copy of `@chiase/client`. */
  static override isInstance(error: unknown): error is NotFoundError {
    return ChiaseError.hasMarker(error, NOT_FOUND);
  }
}

/** 409: the resource already exists or changed concurrently. */
export class ConflictError extends GatewayError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: brand read through Symbol.for() in isInstance().
  private readonly [CONFLICT_BRAND] = true;
  constructor(options: GatewayErrorOptions) {
    super(options);
    this.name = 'ConflictError';
  }
  /** True when `error` is a ConflictError from any installed copy of `@chiase/client`. */
  static override isInstance(error: unknown): error is ConflictError {
    return ChiaseError.hasMarker(error, CONFLICT);
  }
}

/** 412 (stale `If-Match` ETag) or 428 (`If-Match` required): read the resource again, then retry. */
export class PreconditionFailedError extends GatewayError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: brand read through Symbol.for() in isInstance().
  private readonly [PRECONDITION_FAILED_BRAND] = true;
  constructor(options: GatewayErrorOptions) {
    super(options);
    this.name = 'PreconditionFailedError';
  }
  /** True when `error` is a PreconditionFailedError from any installed copy of `@chiase/client`. */
  static override isInstance(error: unknown): error is PreconditionFailedError {
    return ChiaseError.hasMarker(error, PRECONDITION_FAILED);
  }
}

/** 400: the request is malformed; `fieldErrors` lists the problem document's `errors[]`. */
export class BadRequestError extends GatewayError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: brand read through Symbol.for() in isInstance().
  private readonly [BAD_REQUEST_BRAND] = true;
  /** The field-level problems the gateway reported (empty when it gave none). */
  readonly fieldErrors: readonly FieldError[];
  constructor(options: GatewayErrorOptions) {
    super(options);
    this.name = 'BadRequestError';
    this.fieldErrors = options.problem?.errors ?? [];
  }
  /** True when `error` is a BadRequestError from any installed copy of `@chiase/client`. */
  static override isInstance(error: unknown): error is BadRequestError {
    return ChiaseError.hasMarker(error, BAD_REQUEST);
  }
}

/** 422: the request is well-formed but its content is invalid; `fieldErrors` says where. */
export class UnprocessableError extends GatewayError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: brand read through Symbol.for() in isInstance().
  private readonly [UNPROCESSABLE_BRAND] = true;
  /** The field-level problems the gateway reported (empty when it gave none). */
  readonly fieldErrors: readonly FieldError[];
  constructor(options: GatewayErrorOptions) {
    super(options);
    this.name = 'UnprocessableError';
    this.fieldErrors = options.problem?.errors ?? [];
  }
  /** True when `error` is an UnprocessableError from any installed copy of `@chiase/client`. */
  static override isInstance(error: unknown): error is UnprocessableError {
    return ChiaseError.hasMarker(error, UNPROCESSABLE);
  }
}

/** Options of a {@link RateLimitError}. */
export interface RateLimitErrorOptions extends GatewayErrorOptions {
  /** The wait the gateway asked for (`Retry-After`), in milliseconds. */
  retryAfter?: number;
}

/** 429 after every allowed retry: the gateway's rate limit for this consumer is exhausted. */
export class RateLimitError extends GatewayError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: brand read through Symbol.for() in isInstance().
  private readonly [RATE_LIMIT_BRAND] = true;
  /** The wait the gateway asked for (`Retry-After`), in milliseconds; undefined when it gave none. */
  readonly retryAfter: number | undefined;
  constructor(options: RateLimitErrorOptions) {
    super(options);
    this.name = 'RateLimitError';
    this.retryAfter = options.retryAfter;
  }
  /** True when `error` is a RateLimitError from any installed copy of `@chiase/client`. */
  static override isInstance(error: unknown): error is RateLimitError {
    return ChiaseError.hasMarker(error, RATE_LIMIT);
  }
  /** The JSON form, with `retryAfter` (milliseconds). */
  override toJSON(): GatewayErrorJson & { retryAfter?: number } {
    return this.retryAfter === undefined
      ? super.toJSON()
      : { ...super.toJSON(), retryAfter: this.retryAfter };
  }
}

/** 5xx after every allowed retry: the gateway or the provider system behind it failed. */
export class ServerError extends GatewayError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: brand read through Symbol.for() in isInstance().
  private readonly [SERVER_BRAND] = true;
  constructor(options: GatewayErrorOptions) {
    super(options);
    this.name = 'ServerError';
  }
  /** True when `error` is a ServerError from any installed copy of `@chiase/client`. */
  static override isInstance(error: unknown): error is ServerError {
    return ChiaseError.hasMarker(error, SERVER);
  }
}
