import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { artefactKinds, artefactName, validateArtefact } from '../src/artefacts/artefact-registry';
import { artefactJsonSchemas } from '../src/export/json-schema';

// Golden examples of every artefact: `valid/` must pass both zod and the exported JSON Schema;
// `invalid/` must fail both; `invalid-semantic/` breaks rules JSON Schema cannot express, so zod
// rejects it and the JSON Schema accepts it. `expectations.json` names the JSON paths zod reports.

const ROOT = join(import.meta.dirname, 'fixtures', 'artefacts');
const GROUPS = ['valid', 'invalid', 'invalid-semantic'] as const;
type Group = (typeof GROUPS)[number];
type Expectations = Record<Exclude<Group, 'valid'>, Record<string, string[]>>;

function files(kind: string, group: Group): string[] {
  try {
    return readdirSync(join(ROOT, kind, group))
      .filter((name) => name.endsWith('.json'))
      .sort();
  } catch {
    return [];
  }
}

function fixture(kind: string, group: Group, name: string): unknown {
  return JSON.parse(readFileSync(join(ROOT, kind, group, name), 'utf8'));
}

function expectations(kind: string): Expectations {
  return JSON.parse(readFileSync(join(ROOT, kind, 'expectations.json'), 'utf8')) as Expectations;
}

const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
addFormats(ajv);
const jsonSchemas = artefactJsonSchemas();

it('has a fixture folder for every artefact kind and no other', () => {
  const folders = readdirSync(ROOT).sort();
  expect(folders).toEqual([...artefactKinds].sort());
});

describe.each([...artefactKinds])('%s golden examples', (kind) => {
  const check = ajv.compile(jsonSchemas[artefactName(kind)]);
  const expected = expectations(kind);

  it('has at least 2 valid and 3 invalid examples, each invalid one with its expected paths', () => {
    expect(files(kind, 'valid').length).toBeGreaterThanOrEqual(2);
    expect(files(kind, 'invalid').length).toBeGreaterThanOrEqual(3);
    expect(Object.keys(expected.invalid).sort()).toEqual(files(kind, 'invalid'));
    expect(Object.keys(expected['invalid-semantic']).sort()).toEqual(files(kind, 'invalid-semantic'));
  });

  it.each(files(kind, 'valid'))('accepts valid/%s in zod and JSON Schema', (name) => {
    const input = fixture(kind, 'valid', name);
    const result = validateArtefact(kind, input);
    expect(result.success ? [] : result.issues).toEqual([]);
    check(input);
    expect(check.errors ?? []).toEqual([]);
  });

  it.each(files(kind, 'invalid'))('rejects invalid/%s in zod and JSON Schema', (name) => {
    const input = fixture(kind, 'invalid', name);
    const result = validateArtefact(kind, input);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining(expected.invalid[name] ?? []),
    );
    for (const issue of result.issues) {
      expect(issue.message.vi.length).toBeGreaterThan(0);
      expect(issue.message.en.length).toBeGreaterThan(0);
    }
    expect(check(input)).toBe(false);
  });

  it.each(files(kind, 'invalid-semantic'))('rejects invalid-semantic/%s in zod only', (name) => {
    const input = fixture(kind, 'invalid-semantic', name);
    const result = validateArtefact(kind, input);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining(expected['invalid-semantic'][name] ?? []),
    );
    // The semantic gap is explicit: the JSON Schema cannot see this rule.
    check(input);
    expect(check.errors ?? []).toEqual([]);
  });
});
