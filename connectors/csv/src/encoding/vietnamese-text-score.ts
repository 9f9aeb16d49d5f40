// Scores how much a piece of text looks like Vietnamese written correctly. Used to choose between
// the legacy encodings, which all decode any byte string to *something*: the right one yields
// real syllables (chữ Quốc ngữ), the wrong ones yield letters in impossible places ("Hµ Néi",
// "Vieät") and symbols inside words.

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const LETTER_RUN = /[\p{L}\p{M}]+/gu;
const VIETNAMESE_LETTERS = /^[a-zđăâêôơư]+$/;

// Onset + nucleus (vowel cluster, including its glides) + coda.
const SYLLABLE = new RegExp(
  '^(ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?' +
    '(uyê|uya|uyu|iêu|yêu|oai|oay|oao|oeo|uây|uôi|ươi|ươu|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|' +
    'ua|uâ|uê|ui|uô|uơ|ươ|ưa|ưi|ưu|uy|yê|a|ă|â|e|ê|i|o|ô|ơ|u|ư|y)' +
    '(ch|ng|nh|c|m|n|p|t)?$',
);

/** The result of {@link scoreVietnameseText}. */
export interface VietnameseTextScore {
  /** Words with at least one non-ASCII letter that are well-formed Vietnamese syllables. */
  syllables: number;
  /** Words with a non-ASCII letter that are not: wrong letters, several tones, symbols inside. */
  malformed: number;
  /** `syllables − 2 × malformed − 4 × undecodable`: higher is more likely the right encoding. */
  score: number;
}

/**
 * Counts well-formed and malformed Vietnamese syllables in `text` (NFC). Only words with a
 * non-ASCII letter count: ASCII words look the same in every encoding.
 */
export function scoreVietnameseText(text: string, undecodable = 0): VietnameseTextScore {
  let syllables = 0;
  let malformed = 0;
  for (const match of text.matchAll(LETTER_RUN)) {
    const word = match[0];
    if (isAscii(word)) continue;
    if (isSyllable(word)) syllables++;
    else malformed++;
  }
  // Symbols glued to letters (e.g. "¸" in "Hµ" read as Windows-1258) also betray a wrong decoding.
  for (const _ of text.matchAll(
    /\p{L}[\u00a1-\u00bf\u00d7\u00f7\u0080-\u009f\u2013-\u203a]|[\u00a1-\u00bf]\p{L}/gu,
  ))
    malformed++;
  return { syllables, malformed, score: syllables - 2 * malformed - 4 * undecodable };
}

function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0x7f) return false;
  return true;
}

// Nuclei that end in a glide (or are open diphthongs) take no final consonant: "mía", "mùa", "cao".
const OPEN_NUCLEI = new Set([
  'ai',
  'ao',
  'au',
  'ay',
  'âu',
  'ây',
  'eo',
  'êu',
  'ia',
  'iu',
  'oi',
  'ôi',
  'ơi',
  'ua',
  'ui',
  'ưa',
  'ưi',
  'ưu',
  'iêu',
  'yêu',
  'oai',
  'oay',
  'oao',
  'oeo',
  'uôi',
  'ươi',
  'ươu',
  'uây',
  'uya',
  'uyu',
]);
// Nuclei that need a final consonant: "ăn", "tiên", "muốn", "người", "xoong".
const CLOSED_NUCLEI = new Set(['ă', 'â', 'iê', 'yê', 'uô', 'ươ', 'uyê', 'oă', 'uâ', 'oo']);
const FRONT_VOWEL = /^[ieêy]/;
const STOP_CODA = /^(p|t|c|ch)$/;
const ACUTE_OR_DOT = /[\u0301\u0323]/;

/**
 * Whether `word` is one well-formed syllable of chữ Quốc ngữ: at most one tone; a known onset,
 * nucleus and coda; the spelling rules of the onset (k, gh, ngh before i, e, ê, y only; c, ng
 * never there, nor g before e, ê); a coda only after a nucleus that takes one, and one where it is
 * needed; and after p, t, c, ch, only the acute or the dot-below tone.
 */
function isSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize('NFD');
  const tones = decomposed.match(TONES) ?? [];
  if (tones.length > 1) return false;
  const base = decomposed.replace(TONES, '').normalize('NFC');
  if (!VIETNAMESE_LETTERS.test(base)) return false;
  const parts = SYLLABLE.exec(base);
  if (parts === null) return false;
  const [, onset = '', nucleus = '', coda = ''] = parts;
  const front = FRONT_VOWEL.test(nucleus);
  if ((onset === 'k' || onset === 'gh' || onset === 'ngh') && !front) return false;
  if ((onset === 'c' || onset === 'ng') && front) return false;
  if (onset === 'g' && /^[eê]/.test(nucleus)) return false;
  if (coda !== '' && OPEN_NUCLEI.has(nucleus)) return false;
  if (coda === '' && CLOSED_NUCLEI.has(nucleus)) return false;
  if (nucleus === 'oo' && coda !== 'ng' && coda !== 'c') return false;
  if (STOP_CODA.test(coda) && !(tones.length === 1 && ACUTE_OR_DOT.test(tones[0] as string))) return false;
  return true;
}
