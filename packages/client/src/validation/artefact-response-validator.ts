import { type ArtefactKind, type ValidationIssue, validateArtefact } from '@chiase/schema';
import type { ResponseValidator } from '../http/response-validator';

interface ArtefactLocation {
  /** The artefact's kind in `@chiase/schema`. */
  kind: ArtefactKind;
  /** The member of the entry that holds it. */
  member: string;
}

// Where the Decree 47/2020 artefacts sit in each entry schema of the gateway contract.
const ENTRIES: Readonly<Record<string, readonly ArtefactLocation[]>> = {
  ServiceEntry: [{ kind: 'service-description', member: 'service' }],
  DatabaseEntry: [{ kind: 'database-catalogue-entry', member: 'database' }],
  DatasetEntry: [{ kind: 'open-dataset', member: 'dataset' }],
  DistributionEntry: [{ kind: 'distribution', member: 'distribution' }],
  FocalPointEntry: [{ kind: 'focal-point', member: 'focalPoint' }],
  ConnectionRequestEntry: [
    { kind: 'connection-request', member: 'request' },
    { kind: 'connection-decision', member: 'decision' },
  ],
};

function rebase(issue: ValidationIssue, prefix: (string | number)[]): ValidationIssue {
  const segments = [...prefix, ...issue.segments];
  const path = `$${segments.map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`)).join('')}`;
  return { ...issue, path, segments };
}

function notAPage(): ValidationIssue {
  return {
    path: '$.items',
    segments: ['items'],
    code: 'invalid_type',
    message: { vi: 'Trang phải có mảng items.', en: 'A page must have an items array.' },
  };
}

function checkEntry(
  entry: unknown,
  locations: readonly ArtefactLocation[],
  prefix: (string | number)[],
): ValidationIssue[] {
  if (entry === null || typeof entry !== 'object') return [];
  const issues: ValidationIssue[] = [];
  for (const { kind, member } of locations) {
    const value = (entry as Record<string, unknown>)[member];
    // A pending connection request has `decision: null`, which the contract allows.
    if (value === null && kind === 'connection-decision') continue;
    const result = validateArtefact(kind, value);
    if (!result.success) issues.push(...result.issues.map((i) => rebase(i, [...prefix, member])));
  }
  return issues;
}

/**
 * Strict mode's default check: the Decree 47/2020 artefacts inside catalogue entries and pages of
 * entries (`ServiceEntry.service`, `DatasetEntry.dataset`…) validated with `@chiase/schema`'s
 * `validateArtefact`, each issue with its JSONPath in the whole answer (`$.items[3].service.provider.id`).
 * Answers without artefacts pass.
 */
export const artefactResponseValidator: ResponseValidator = (schemaName, body) => {
  const entryName = schemaName.endsWith('Page') ? schemaName.slice(0, -'Page'.length) : schemaName;
  const locations = ENTRIES[entryName];
  if (locations === undefined) return [];
  if (entryName === schemaName) return checkEntry(body, locations, []);
  const items = (body as { items?: unknown } | null)?.items;
  if (!Array.isArray(items)) return [notAPage()];
  return items.flatMap((item, index) => checkEntry(item, locations, ['items', index]));
};
