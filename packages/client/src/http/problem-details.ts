import type { LocalizedMessage } from '@chiase/schema';

/** One field-level problem in a problem document (`errors[]`), e.g. a missing required item. */
export interface FieldError {
  /**
   * Where the problem is, as the gateway names it: a JSON Pointer (`/items/0/name`), a JSONPath
   * (`$.items[0].name`), or the name of a query parameter or header. Empty when it names none.
   */
  path: string;
  /** What is wrong, as the gateway worded it. */
  message: string;
  /** The gateway's machine-readable reason, when it gives one (e.g. `tax_code.check_digit`). */
  code?: string;
  /** The message in Vietnamese and English, when the gateway gives both (the reference profile does). */
  localized?: LocalizedMessage;
}

/**
 * An RFC 9457 problem document (`application/problem+json`), as the reference profile returns on
 * every error. Members other than the standard ones are kept in `extensions`.
 */
export interface ProblemDetails {
  /** A URI naming the problem type; `about:blank` when absent. */
  type: string;
  /** A short summary of the problem type. */
  title?: string;
  /** The HTTP status the gateway put in the document. */
  status?: number;
  /** An explanation of this occurrence. */
  detail?: string;
  /** A URI naming this occurrence. */
  instance?: string;
  /** The machine-readable reason (`etag_mismatch`, `validation_failed`…), a member of the reference profile. */
  code?: string;
  /** Field-level problems (`errors[]`), empty when the document has none. */
  errors: FieldError[];
  /** Every other member of the document (extension members). */
  extensions: Record<string, unknown>;
}

const STANDARD = new Set(['type', 'title', 'status', 'detail', 'instance', 'errors', 'code']);

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

function localizedOf(value: unknown): LocalizedMessage | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const m = value as Record<string, unknown>;
  return typeof m.vi === 'string' && typeof m.en === 'string' ? { vi: m.vi, en: m.en } : undefined;
}

function fieldError(entry: unknown): FieldError | undefined {
  if (typeof entry === 'string') return { path: '', message: entry };
  if (entry === null || typeof entry !== 'object') return undefined;
  const e = entry as Record<string, unknown>;
  // Gateways disagree on the member names; accept the common spellings.
  const path =
    str(e.pointer) ??
    str(e.path) ??
    str(e.parameter) ??
    str(e.header) ??
    str(e.field) ??
    str(e.name) ??
    str(e.jsonPath) ??
    '';
  const localized = localizedOf(e.message);
  const message = str(e.detail) ?? str(e.message) ?? localized?.en ?? str(e.title) ?? str(e.reason) ?? '';
  const out: FieldError = { path, message };
  const code = str(e.code) ?? str(e.type);
  if (code !== undefined) out.code = code;
  if (localized !== undefined) out.localized = localized;
  return out;
}

/**
 * Reads a decoded error body as a problem document. Returns undefined when the body has none of the
 * RFC 9457 members (then the error carries only status and request id).
 */
export function toProblemDetails(body: unknown): ProblemDetails | undefined {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const b = body as Record<string, unknown>;
  if (!('title' in b || 'detail' in b || 'type' in b || 'errors' in b || 'status' in b)) return undefined;
  const errors = Array.isArray(b.errors)
    ? b.errors.map(fieldError).filter((e): e is FieldError => e !== undefined)
    : [];
  const extensions: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(b)) if (!STANDARD.has(key)) extensions[key] = value;
  const problem: ProblemDetails = { type: str(b.type) ?? 'about:blank', errors, extensions };
  const title = str(b.title);
  if (title !== undefined) problem.title = title;
  if (typeof b.status === 'number') problem.status = b.status;
  const detail = str(b.detail);
  if (detail !== undefined) problem.detail = detail;
  const instance = str(b.instance);
  if (instance !== undefined) problem.instance = instance;
  const code = str(b.code);
  if (code !== undefined) problem.code = code;
  return problem;
}
