// Characters outside these ranges may change under NFC (combining marks, singletons such as
// U+2126, Hangul…). Text made only of them, none combining, is already NFC: the quick check below
// lets UTF-8 files that are NFC (almost all) skip String.prototype.normalize. (Other control
// characters merely take the slow path.)
const MAYBE_NOT_NFC = /[^\t\n\r -\u02ff\u1e00-\u1eff\u2010-\u206f\u20a0-\u20bf]/;
const COMBINING_START = 0x0300;
const COMBINING_END = 0x036f;

/**
 * NFC-normalises text that arrives in pieces. The last base character of each piece (with any
 * marks after it) is held back, because a combining mark at the start of the next piece may
 * compose with it (Windows-1258 writes tones as combining marks; decomposed UTF-8 does too).
 */
export class NfcNormalizer {
  private held = '';

  /** Normalises the next piece; returns the text that can no longer change. */
  write(piece: string): string {
    const text = this.held.length > 0 ? this.held + piece : piece;
    let cut = text.length - 1;
    while (cut > 0) {
      const code = text.charCodeAt(cut);
      if (code < COMBINING_START || code > COMBINING_END) break;
      cut--;
    }
    if (cut <= 0) {
      this.held = text;
      return '';
    }
    // A surrogate pair is never split.
    const c = text.charCodeAt(cut);
    if (c >= 0xdc00 && c <= 0xdfff) cut--;
    this.held = text.slice(cut);
    return normalize(text.slice(0, cut));
  }

  /** Normalises what is held back; call once at the end. */
  end(): string {
    const text = this.held;
    this.held = '';
    return normalize(text);
  }
}

function normalize(text: string): string {
  return MAYBE_NOT_NFC.test(text) ? text.normalize('NFC') : text;
}
