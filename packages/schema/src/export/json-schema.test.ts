import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { artefactKinds, artefactName } from '../artefacts/artefact-registry';
import { artefactJsonSchemas, type JsonSchema } from './json-schema';

function walk(node: unknown, visit: (node: JsonSchema) => void): void {
  if (Array.isArray(node)) for (const item of node) walk(item, visit);
  else if (node !== null && typeof node === 'object') {
    visit(node as JsonSchema);
    for (const value of Object.values(node)) walk(value, visit);
  }
}

function refs(schema: JsonSchema): string[] {
  const found: string[] = [];
  walk(schema, (node) => {
    if (typeof node.$ref === 'string') found.push(node.$ref);
  });
  return found;
}

function resolvePointer(document: unknown, ref: string): unknown {
  const segments = ref.replace(/^#\/?/, '').split('/').filter(Boolean);
  let node = document;
  for (const segment of segments) {
    const key = segment.replaceAll('~1', '/').replaceAll('~0', '~');
    node = (node as Record<string, unknown> | undefined)?.[key];
  }
  return node;
}

describe('artefactJsonSchemas', () => {
  it('has one schema per artefact kind, keyed by its PascalCase name', () => {
    const schemas = artefactJsonSchemas();
    expect(Object.keys(schemas).sort()).toEqual(artefactKinds.map((kind) => artefactName(kind)).sort());
    for (const [name, schema] of Object.entries(schemas)) {
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.title).toBe(name);
      expect(schema.type === 'object' || Array.isArray(schema.oneOf)).toBe(true);
    }
  });

  it('keeps every schema self-contained: all $refs resolve in its own $defs, no id or $id', () => {
    for (const schema of Object.values(artefactJsonSchemas())) {
      walk(schema, (node) => {
        expect(node).not.toHaveProperty('$id');
        expect(typeof node.id).not.toBe('string');
      });
      for (const ref of refs(schema)) {
        expect(ref).toMatch(/^#\/\$defs\/[A-Za-z0-9]+$/);
        expect(resolvePointer(schema, ref)).toBeTypeOf('object');
      }
    }
  });

  it('puts shared parts under $defs by name', () => {
    const { ServiceDescription } = artefactJsonSchemas();
    const defs = ServiceDescription.$defs as Record<string, JsonSchema>;
    expect(Object.keys(defs)).toEqual(
      expect.arrayContaining(['AgencyId', 'LocalizedText', 'ServiceEndpoint']),
    );
    expect(defs.AgencyId).toMatchObject({ type: 'string', pattern: expect.any(String) });
    expect(defs.AgencyId).not.toHaveProperty('id');
  });

  it('can leave out $schema and write $refs for embedding as OpenAPI 3.1 components', () => {
    const schemas = artefactJsonSchemas({
      schemaKeyword: false,
      location: (name) => `#/components/schemas/${name}`,
    });
    const document = { openapi: '3.1.0', components: { schemas } };
    for (const [name, schema] of Object.entries(schemas)) {
      expect(schema).not.toHaveProperty('$schema');
      for (const ref of refs(schema)) {
        expect(ref.startsWith(`#/components/schemas/${name}/$defs/`)).toBe(true);
        expect(resolvePointer(document, ref)).toBeTypeOf('object');
      }
    }
  });

  it('returns a fresh copy on each call', () => {
    const first = artefactJsonSchemas();
    first.ServiceDescription.title = 'changed';
    expect(artefactJsonSchemas().ServiceDescription.title).toBe('ServiceDescription');
  });

  it('compiles in strict ajv (draft 2020-12) and rejects a wrong value', () => {
    const ajv = new Ajv2020({ strict: true, strictRequired: false });
    addFormats(ajv);
    for (const schema of Object.values(artefactJsonSchemas()))
      expect(() => ajv.compile(schema)).not.toThrow();
    const check = ajv.compile(artefactJsonSchemas().ServiceDescription);
    expect(check({ id: 'x' })).toBe(false);
  });
});
