import type { Readable } from 'node:stream';
import type * as z from 'zod';
import type { ApiGroup } from '../config/api-groups';

/** HTTP methods the client sends. GET, HEAD and OPTIONS are safe (always retried on transient faults). */
export type HttpMethod = 'GET' | 'HEAD' | 'OPTIONS' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A query parameter value; `undefined` and `null` are left out, arrays repeat the name. */
export type QueryValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | readonly (string | number | boolean)[];

/**
 * Per-call options, accepted by every client method (openai-node's request options).
 */
export interface RequestOptions {
  /** Aborts the call, including a wait for a token and a backoff sleep. Default: none. */
  signal?: AbortSignal;
  /** Per-attempt timeout in milliseconds. Default: the client's `timeout` (30 000 ms). */
  timeout?: number;
  /** Retries after the first attempt. Default: the client's `maxRetries` (2). */
  maxRetries?: number;
  /**
   * Idempotency-Key of a write (POST, PUT, PATCH, DELETE), the same on every retry. Default: a new
   * UUID per call. `false` sends none, and the write is then never retried.
   */
  idempotencyKey?: string | false;
  /** Extra headers for this call; override the client's and the profile's. Default: none. */
  headers?: Record<string, string>;
}

/**
 * One call to the gateway, as resource methods (and callers of `client.request`) describe it.
 * `T` is the decoded body type; with `schema` it is the schema's output.
 */
export interface GatewayRequest<T = unknown> {
  /** HTTP method. */
  method: HttpMethod;
  /** API group whose profile base path prefixes `path`. Default: none (path from the gateway root). */
  group?: ApiGroup;
  /** Path under the group's base path, with parameters already encoded, e.g. `/services/abc`. */
  path: string;
  /** Query parameters. */
  query?: Readonly<Record<string, QueryValue>>;
  /** A JSON body (sent as `application/json`). */
  json?: unknown;
  /** A form body (sent as `application/x-www-form-urlencoded`). */
  form?: Readonly<Record<string, string>>;
  /**
   * A raw body with its content type. A stream is sent once and never retried; a function returning
   * a new stream (e.g. reopening a file) is called for each attempt, so the call can be retried.
   */
  body?: { data: string | Uint8Array | Readable | (() => Readable); contentType: string };
  /** Headers of this call (before per-call `RequestOptions.headers`). */
  headers?: Readonly<Record<string, string>>;
  /** Validates (and parses) the decoded body; a mismatch throws `ResponseValidationError`. */
  schema?: z.ZodType<T>;
  /**
   * The name of the response schema in the gateway contract (`ServiceEntryPage`), checked by the
   * client's response validator in strict mode.
   */
  responseSchema?: string;
  /**
   * Reshapes the decoded body before it is validated and returned (e.g. an XML page into its JSON
   * twin's shape). Default: none.
   */
  transform?: (body: unknown) => unknown;
  /** XML element paths (`root.items.item`) that are always arrays, even with one element. */
  xmlArrayPaths?: readonly string[];
  /** Send without authentication (health checks, token requests). Default: false. */
  anonymous?: boolean;
  /**
   * The operation can be repeated without a second effect although its method is not safe (a token
   * request, a search sent as POST), so it is retried without an Idempotency-Key. Default: false.
   */
  idempotent?: boolean;
  /** The `Accept` header. Default: `application/json, application/problem+json;q=0.9, *\/*;q=0.5`. */
  accept?: string;
}

/** The raw response of a call, from `withResponse()`. */
export interface RawResponse {
  /** HTTP status. */
  status: number;
  /** Response headers with lower-case names. */
  headers: Readonly<Record<string, string>>;
  /** The `X-Request-Id` of the call (the gateway's echo, or the id the client sent). */
  requestId: string;
  /** HTTP method. */
  method: HttpMethod;
  /** Full URL that was called. */
  url: string;
  /** Attempts made, 1 when no retry was needed. */
  attempts: number;
}

/** A decoded body with its raw response. */
export interface WithResponse<T> {
  /** The decoded (and, with a schema, validated) body. */
  data: T;
  /** Status, headers and request id. */
  response: RawResponse;
}
