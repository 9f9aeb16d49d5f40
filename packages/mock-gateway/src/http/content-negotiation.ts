/**
 * Picks the first of `offered` media types the request's `Accept` header allows, honouring q-values
 * and wildcards (`*\/*`, `application/*`). No `Accept` header means the first offered type.
 *
 * @returns the chosen media type, or `undefined` when none is acceptable (answer 406).
 */
export function negotiateMediaType(request: Request, offered: readonly string[]): string | undefined {
  const accept = request.headers.get('accept');
  if (accept === null || accept.trim() === '') return offered[0];
  const ranges = accept.split(',').flatMap((part, index) => {
    const [range, ...params] = part.trim().split(';');
    if (range === undefined || range === '') return [];
    let q = 1;
    for (const p of params) {
      const [k, v] = p.trim().split('=');
      if (k?.trim() === 'q' && v !== undefined) q = Number.parseFloat(v);
    }
    return Number.isFinite(q) && q > 0 ? [{ range: range.trim().toLowerCase(), q, index }] : [];
  });
  const score = (type: string): number => {
    const [major] = type.split('/');
    let best = 0;
    for (const r of ranges) {
      const matches = r.range === type || r.range === '*/*' || r.range === `${major}/*`;
      if (matches && r.q > best) best = r.q;
    }
    return best;
  };
  let chosen: string | undefined;
  let chosenScore = 0;
  for (const type of offered) {
    const s = score(type.toLowerCase());
    if (s > chosenScore) {
      chosen = type;
      chosenScore = s;
    }
  }
  return chosen;
}
