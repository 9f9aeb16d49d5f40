/**
 * The problems the mock gateway answers with (RFC 9457), keyed by the reference profile's stable
 * `code` (the `Problem.code` list of `gateway.base.yaml`, plus the HTTP-level 405/406/415 the spec
 * leaves implicit). `type` is a stable URN so clients can switch on it; `title` is the same for every
 * occurrence of the type.
 */
export const PROBLEM_TYPES = {
  invalid_request: { type: 'urn:chiase:problem:invalid-request', title: 'Bad Request', status: 400 },
  invalid_token: { type: 'urn:chiase:problem:invalid-token', title: 'Unauthorized', status: 401 },
  token_expired: { type: 'urn:chiase:problem:token-expired', title: 'Unauthorized', status: 401 },
  forbidden: { type: 'urn:chiase:problem:forbidden', title: 'Forbidden', status: 403 },
  not_found: { type: 'urn:chiase:problem:not-found', title: 'Not Found', status: 404 },
  method_not_allowed: {
    type: 'urn:chiase:problem:method-not-allowed',
    title: 'Method Not Allowed',
    status: 405,
  },
  not_acceptable: { type: 'urn:chiase:problem:not-acceptable', title: 'Not Acceptable', status: 406 },
  conflict: { type: 'urn:chiase:problem:conflict', title: 'Conflict', status: 409 },
  already_decided: { type: 'urn:chiase:problem:already-decided', title: 'Conflict', status: 409 },
  idempotency_key_in_progress: {
    type: 'urn:chiase:problem:idempotency-key-in-progress',
    title: 'Conflict',
    status: 409,
  },
  cursor_expired: { type: 'urn:chiase:problem:cursor-expired', title: 'Gone', status: 410 },
  etag_mismatch: { type: 'urn:chiase:problem:etag-mismatch', title: 'Precondition Failed', status: 412 },
  payload_too_large: {
    type: 'urn:chiase:problem:payload-too-large',
    title: 'Content Too Large',
    status: 413,
  },
  unsupported_media_type: {
    type: 'urn:chiase:problem:unsupported-media-type',
    title: 'Unsupported Media Type',
    status: 415,
  },
  validation_failed: {
    type: 'urn:chiase:problem:validation-failed',
    title: 'Unprocessable Content',
    status: 422,
  },
  checksum_mismatch: {
    type: 'urn:chiase:problem:checksum-mismatch',
    title: 'Unprocessable Content',
    status: 422,
  },
  idempotency_key_reused: {
    type: 'urn:chiase:problem:idempotency-key-reused',
    title: 'Unprocessable Content',
    status: 422,
  },
  rate_limited: { type: 'urn:chiase:problem:rate-limited', title: 'Too Many Requests', status: 429 },
  internal: { type: 'urn:chiase:problem:internal', title: 'Internal Server Error', status: 500 },
  provider_error: { type: 'urn:chiase:problem:provider-error', title: 'Bad Gateway', status: 502 },
  unavailable: { type: 'urn:chiase:problem:unavailable', title: 'Service Unavailable', status: 503 },
  provider_timeout: { type: 'urn:chiase:problem:provider-timeout', title: 'Gateway Timeout', status: 504 },
} as const satisfies Record<string, { type: string; title: string; status: number }>;

/** One problem code the mock gateway answers with; see {@link PROBLEM_TYPES}. */
export type ProblemCode = keyof typeof PROBLEM_TYPES;
