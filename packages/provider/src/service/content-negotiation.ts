/** A message format a service declares (Decree 47/2020 Art. 24.3a). */
export type MessageFormat = 'JSON' | 'XML';

const MEDIA: Record<string, MessageFormat | '*'> = {
  'application/json': 'JSON',
  'application/xml': 'XML',
  'text/xml': 'XML',
  'application/*': '*',
  '*/*': '*',
};

/**
 * Picks the format to answer in from the `Accept` header, among those the service declares (JSON
 * first when both are acceptable to the same degree). Undefined when none is acceptable (406).
 */
export function negotiateFormat(
  accept: string | null,
  declared: readonly MessageFormat[],
): MessageFormat | undefined {
  const preferred: MessageFormat | undefined = declared.includes('JSON') ? 'JSON' : declared[0];
  if (accept === null || accept.trim() === '') return preferred;
  const ranges = accept
    .split(',')
    .map((part, index) => {
      const [type = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { type: type.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((range) => range.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const range of ranges) {
    const format = MEDIA[range.type];
    if (format === '*') return preferred;
    if (format !== undefined && declared.includes(format)) return format;
  }
  return undefined;
}
