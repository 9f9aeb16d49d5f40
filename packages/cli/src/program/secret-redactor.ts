const MASK = '***';

/**
 * Masks known secrets (the consumer secret from a flag or the environment) in everything the command
 * prints: the last guard should an error message ever quote one.
 */
export class SecretRedactor {
  readonly #secrets = new Set<string>();

  /** Remembers a secret to mask; empty values are ignored. */
  add(secret: string | undefined): void {
    if (secret !== undefined && secret !== '') this.#secrets.add(secret);
  }

  /** `text` with every known secret replaced by `***`, longest first (one may contain another). */
  redact(text: string): string {
    let out = text;
    for (const secret of [...this.#secrets].sort((a, b) => b.length - a.length)) {
      out = out.replaceAll(secret, MASK);
    }
    return out;
  }
}
