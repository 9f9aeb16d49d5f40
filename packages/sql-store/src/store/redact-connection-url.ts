const MASK = '***';

/**
 * A PostgreSQL URL safe to print: the password (in the user-info part or a `password=` query
 * parameter) replaced by `***`. Anything that does not parse as a URL is masked whole.
 */
export function redactConnectionUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return MASK;
  }
  if (parsed.password !== '') parsed.password = MASK;
  if (parsed.searchParams.has('password')) parsed.searchParams.set('password', MASK);
  return parsed.toString();
}

/** Removes every occurrence of `secret` from `text` (driver messages may echo connection settings). */
export function scrubSecret(text: string, secret: string | undefined): string {
  if (secret === undefined || secret === '') return text;
  return text.split(secret).join(MASK);
}
