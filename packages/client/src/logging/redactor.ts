/** What replaces a secret in logs and errors. */
export const REDACTED = '[REDACTED]';

// Names whose values are credentials wherever they appear: headers, JSON members, form fields.
const SENSITIVE_NAME =
  /^(?:auth|authorization|proxy-authorization|cookie|set-cookie|x-api-key|api[-_]?key|apikey|password|passwd|pwd|credentials?)$|token|secret|passw/i;
// `name=value` pairs in form bodies and query strings.
const SENSITIVE_PAIR =
  /\b((?:client_secret|secret|password|passwd|access_token|refresh_token|id_token|token|api_key|apikey|assertion)=)[^&\s"']*/gi;
// Credentials written out in free text ("Bearer abc…", "Basic a2V5…").
const SCHEME_CREDENTIAL = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/g;
const MIN_SECRET_LENGTH = 4;
const ROLLING_LIMIT = 64;
const MAX_DEPTH = 8;

/** True when a header, member or field of this name holds a credential. */
export function isSensitiveName(name: string): boolean {
  return SENSITIVE_NAME.test(name);
}

function variants(secret: string): string[] {
  const out = new Set([
    secret,
    encodeURIComponent(secret),
    new URLSearchParams({ s: secret }).toString().slice(2),
  ]);
  return [...out];
}

/**
 * Removes credentials from anything the client logs or puts in an error: values under sensitive
 * names (Authorization, cookies, `*token*`, `*secret*`, `client_secret` form fields), `Bearer`/`Basic`
 * credentials in text, and every registered secret value (consumer secret, issued tokens, custom
 * auth header values) wherever it occurs, also URL-encoded.
 */
export class Redactor {
  readonly #pinned = new Set<string>();
  readonly #rolling = new Set<string>();

  /** Registers a secret for the client's lifetime (consumer secret, static token, custom header value). */
  pin(secret: string | undefined): void {
    if (secret === undefined || secret.length < MIN_SECRET_LENGTH) return;
    for (const v of variants(secret)) this.#pinned.add(v);
  }

  /** Registers a short-lived secret (an issued token); the oldest are forgotten after a while. */
  remember(secret: string | undefined): void {
    if (secret === undefined || secret.length < MIN_SECRET_LENGTH) return;
    for (const v of variants(secret)) {
      this.#rolling.delete(v);
      this.#rolling.add(v);
    }
    while (this.#rolling.size > ROLLING_LIMIT) {
      const oldest = this.#rolling.values().next().value;
      if (oldest === undefined) break;
      this.#rolling.delete(oldest);
    }
  }

  /** The text with every known secret and credential pattern replaced by {@link REDACTED}. */
  text(input: string): string {
    let out = input.replace(SCHEME_CREDENTIAL, `$1 ${REDACTED}`).replace(SENSITIVE_PAIR, `$1${REDACTED}`);
    for (const set of [this.#pinned, this.#rolling]) {
      for (const secret of set) if (out.includes(secret)) out = out.split(secret).join(REDACTED);
    }
    return out;
  }

  /** A deep copy of `value` with sensitive members and secret text redacted. */
  value(value: unknown, depth = 0): unknown {
    if (typeof value === 'string') return this.text(value);
    if (value === null || typeof value !== 'object') return value;
    if (depth >= MAX_DEPTH) return '[…]';
    if (value instanceof URLSearchParams) return this.text(value.toString());
    if (value instanceof Uint8Array) return `[${value.byteLength} bytes]`;
    if (Array.isArray(value)) return value.map((v) => this.value(v, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      out[key] = isSensitiveName(key) && v !== undefined && v !== null ? REDACTED : this.value(v, depth + 1);
    }
    return out;
  }

  /** Headers with credential headers replaced and secret text removed from the others. */
  headers(headers: Readonly<Record<string, string>>): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [name, v] of Object.entries(headers))
      out[name] = isSensitiveName(name) ? REDACTED : this.text(v);
    return out;
  }

  /** Response headers fit to keep on an error: cookies and credentials dropped, the rest scrubbed. */
  responseHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [name, v] of Object.entries(headers)) if (!isSensitiveName(name)) out[name] = this.text(v);
    return out;
  }
}
