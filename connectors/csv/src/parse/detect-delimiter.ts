/** The delimiters {@link detectDelimiter} chooses from. */
export type CsvDelimiter = ',' | ';' | '\t' | '|';

const CANDIDATES: readonly CsvDelimiter[] = [',', ';', '\t', '|'];
const LINES = 10;

/**
 * Chooses the delimiter of a CSV text from its first lines (up to 10; quoted text ignored): the
 * candidate found the same number of times on the most lines, then the one found most often per
 * line; `,` when none appears. The last line is ignored when the text may continue (`complete`
 * false) and there is more than one.
 */
export function detectDelimiter(text: string, complete = true): CsvDelimiter {
  const counts: number[][] = CANDIDATES.map(() => []);
  let current = CANDIDATES.map(() => 0);
  let quoted = false;
  let lines = 0;
  for (let i = 0; i < text.length && lines < LINES; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) {
      if (c === '\r' && text[i + 1] === '\n') i++;
      pushCounts(counts, current);
      current = CANDIDATES.map(() => 0);
      lines++;
    } else if (!quoted) {
      const k = CANDIDATES.indexOf(c as CsvDelimiter);
      if (k >= 0) current[k] = (current[k] as number) + 1;
    }
  }
  if (lines < LINES && (complete || lines === 0)) pushCounts(counts, current);
  let best: CsvDelimiter = ',';
  let bestAgree = 0;
  let bestCount = 0;
  CANDIDATES.forEach((candidate, k) => {
    const perLine = counts[k] as number[];
    const first = perLine[0] ?? 0;
    if (first === 0) return;
    const agree = perLine.filter((n) => n === first).length;
    if (agree > bestAgree || (agree === bestAgree && first > bestCount)) {
      best = candidate;
      bestAgree = agree;
      bestCount = first;
    }
  });
  return best;
}

function pushCounts(counts: number[][], current: readonly number[]): void {
  for (let k = 0; k < current.length; k++) counts[k]?.push(current[k] as number);
}
