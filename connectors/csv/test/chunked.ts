/** Splits `bytes` at the given cut points (any numbers; taken modulo the length, sorted, deduplicated). */
export function splitAt(bytes: Uint8Array, cuts: readonly number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((c) => (bytes.length === 0 ? 0 : c % bytes.length)))].sort(
    (a, b) => a - b,
  );
  const out: Uint8Array[] = [];
  let from = 0;
  for (const p of points) {
    if (p > from) out.push(bytes.subarray(from, p));
    from = Math.max(from, p);
  }
  out.push(bytes.subarray(from));
  return out;
}

/** An async iterable over the given chunks. */
export async function* fromChunks<T>(chunks: Iterable<T>): AsyncGenerator<T> {
  for (const c of chunks) yield c;
}

/** Collects an async iterable of strings into one string. */
export async function collectText(source: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const piece of source) out += piece;
  return out;
}

/** Vietnamese lowercase and uppercase letters with diacritics (the 134 of the legacy tables). */
export const VIETNAMESE_LETTERS = [
  ...'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ',
  ...'ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ',
];

/** Printable ASCII, tab and line ends. */
export const ASCII_TEXT = [
  ...' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\t\r\n',
];
