import type { LocalizedMessage } from './localized-message';

const MARKER = 'chiase.error';
const SYMBOL = Symbol.for(MARKER);

/** Options shared by every Chiase error. */
export interface ChiaseErrorOptions {
  /** Stable machine-readable code, e.g. `validation_failed`. */
  code: string;
  /** What went wrong, in both languages. `Error.message` is the English text. */
  message: LocalizedMessage;
  /** The underlying error, if any. */
  cause?: unknown;
}

/**
 * Base class of every error thrown by a Chiase package. Each package derives its own base from it.
 * `isInstance()` works across duplicate installs of a package (it checks a `Symbol.for` marker,
 * not the prototype chain), which matters because connectors often pin different versions.
 */
export class ChiaseError extends Error {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the brand is read through Symbol.for() in isInstance().
  private readonly [SYMBOL] = true;
  /** Stable machine-readable code. */
  readonly code: string;
  /** The message in Vietnamese and English. */
  readonly localized: LocalizedMessage;

  constructor(options: ChiaseErrorOptions) {
    super(options.message.en, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ChiaseError';
    this.code = options.code;
    this.localized = options.message;
  }

  /** True when `error` is any Chiase error, from any installed copy of any Chiase package. */
  static isInstance(error: unknown): error is ChiaseError {
    return ChiaseError.hasMarker(error, MARKER);
  }

  /** True when `error` carries the `Symbol.for(marker)` brand set by a subclass. */
  protected static hasMarker(error: unknown, marker: string): boolean {
    const symbol = Symbol.for(marker);
    return error != null && typeof error === 'object' && (error as Record<symbol, unknown>)[symbol] === true;
  }
}
