/**
 * Merges header sets left to right, case-insensitively: a later `authorization` replaces an earlier
 * `Authorization` instead of sending both. The later writer's spelling of the name is kept.
 */
export function mergeHeaders(
  ...sources: (Readonly<Record<string, string>> | undefined)[]
): Record<string, string> {
  const byLowerName = new Map<string, [string, string]>();
  for (const source of sources) {
    if (source === undefined) continue;
    for (const [name, value] of Object.entries(source)) byLowerName.set(name.toLowerCase(), [name, value]);
  }
  return Object.fromEntries(byLowerName.values());
}
