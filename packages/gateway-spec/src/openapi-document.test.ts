import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { artefactJsonSchemas } from '@chiase/schema';
import { Ajv2020 } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { openApiDocument, operationIds } from './generated/openapi-document';

type Json = { [key: string]: unknown };
type Operation = Json & {
  operationId: string;
  tags: string[];
  summary: string;
  responses: Record<string, Json>;
};

const packageDir = join(__dirname, '..');
const yamlDocument = parse(readFileSync(join(packageDir, 'openapi.yaml'), 'utf8')) as Json;
const doc = openApiDocument as unknown as {
  openapi: string;
  info: Json;
  tags: { name: string; 'x-chiase-base-path': string }[];
  security: Json[];
  paths: Record<string, Record<string, unknown>>;
  webhooks: Record<string, Record<string, unknown>>;
  components: Record<string, Record<string, Json>>;
};
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

function resolve(ref: string): unknown {
  let node: unknown = doc;
  for (const raw of ref.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Json)[key];
  }
  return node;
}

/** Follows a `$ref` (one level, which is all the document uses outside schemas). */
function deref<T>(value: unknown): T {
  const ref = (value as Json | undefined)?.$ref;
  return (typeof ref === 'string' ? resolve(ref) : value) as T;
}

const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
  METHODS.filter((method) => item[method]).map((method) => ({
    path,
    method,
    operation: item[method] as Operation,
  })),
);

function refsIn(node: unknown, at: string, out: { ref: string; at: string }[] = []) {
  if (Array.isArray(node)) {
    for (const [index, item] of node.entries()) refsIn(item, `${at}/${index}`, out);
  } else if (node !== null && typeof node === 'object')
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') out.push({ ref: value, at });
      else refsIn(value, `${at}/${key}`, out);
    }
  return out;
}

describe('the OpenAPI document', () => {
  it('is the same document in openapi.yaml and in the typed const', () => {
    expect(yamlDocument).toEqual(JSON.parse(JSON.stringify(openApiDocument)));
  });

  it('is OpenAPI 3.1 with info, servers, tags, paths and components', () => {
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect(doc.info).toMatchObject({
      title: expect.any(String),
      version: expect.stringMatching(/^\d+\.\d+\.\d+$/),
    });
    expect(Object.keys(doc.paths).length).toBeGreaterThan(20);
    for (const path of Object.keys(doc.paths)) expect(path).toMatch(/^\/[A-Za-z0-9/{}._-]*$/);
    expect(Object.keys(doc.components.schemas ?? {})).toContain('Problem');
  });

  it('resolves every $ref inside the document', () => {
    const refs = refsIn(doc, '#');
    expect(refs.length).toBeGreaterThan(100);
    const dangling = refs.filter(({ ref }) => !ref.startsWith('#/') || resolve(ref) === undefined);
    expect(dangling).toEqual([]);
  });

  it('declares every path parameter of a template, and only those', () => {
    for (const { path, method, operation } of operations) {
      const inTemplate = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]).sort();
      const declared = ((operation.parameters ?? []) as unknown[])
        .map((parameter) => deref<{ name: string; in: string; required?: boolean }>(parameter))
        .filter((parameter) => parameter.in === 'path');
      expect(
        declared.every((parameter) => parameter.required === true),
        `${method} ${path}`,
      ).toBe(true);
      expect(declared.map((parameter) => parameter.name).sort(), `${method} ${path}`).toEqual(inTemplate);
    }
  });

  it('lists the operationIds of its paths, once each, as <group>.<verb> of the operation tag', () => {
    expect(operationIds).toEqual(operations.map(({ operation }) => operation.operationId));
    expect(new Set(operationIds).size).toBe(operationIds.length);
    for (const { operation } of operations) {
      expect(operation.tags).toHaveLength(1);
      expect(operation.operationId.startsWith(`${operation.tags[0]}.`)).toBe(true);
      expect(operation.operationId).toMatch(/^[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/);
    }
  });

  it('puts every path under the base path of its group', () => {
    const basePaths = new Map(doc.tags.map((tag) => [tag.name, tag['x-chiase-base-path']]));
    for (const { path, operation } of operations) {
      const basePath = basePaths.get(operation.tags[0] ?? '');
      expect(basePath, path).toBeTypeOf('string');
      expect(path.startsWith(`${basePath}/`), path).toBe(true);
    }
  });

  it('has, for every group of the gateway contract, at least one operation', () => {
    const groups = new Set(operations.map(({ operation }) => operation.tags[0]));
    expect([...groups].sort()).toEqual(doc.tags.map((tag) => tag.name).sort());
    for (const group of [
      'auth',
      'services',
      'databases',
      'openData',
      'focalPoints',
      'connectionRequests',
      'codeLists',
      'masterData',
      'national',
      'invoke',
      'health',
    ])
      expect(groups.has(group), group).toBe(true);
  });

  it('cites the law in every summary and in x-chiase-law', () => {
    for (const operation of [...operations.map((entry) => entry.operation), ...webhookOperations()]) {
      const law = operation['x-chiase-law'] as string[];
      expect(law.length, operation.operationId).toBeGreaterThan(0);
      for (const citation of law)
        expect(citation).toMatch(/^(Decree \d+\/\d{4}|TT \d+\/\d{4}|QĐ \d+\/\d{4}|Phú Yên)/);
      expect(operation.summary, operation.operationId).toMatch(/\((Decree|TT) \d+\/\d{4} Art\. [^)]+\)$/);
    }
  });

  it('declares the standard responses, each with X-Request-Id, on every operation', () => {
    for (const { operation } of operations) {
      const statuses = Object.keys(operation.responses);
      const secured = (operation.security as unknown[] | undefined) ?? doc.security;
      const needsToken =
        secured.length > 0 && !secured.some((requirement) => Object.keys(requirement as object).length === 0);
      const expected = ['400', '429', '500', '503', ...(needsToken ? ['401', '403'] : [])];
      expect(statuses, operation.operationId).toEqual(expect.arrayContaining(expected));
      expect(
        statuses.some((status) => /^2\d\d$/.test(status)),
        operation.operationId,
      ).toBe(true);
      for (const [status, raw] of Object.entries(operation.responses)) {
        const response = deref<{ headers?: Json; content?: Json }>(raw);
        expect(response.headers?.['X-Request-Id'], `${operation.operationId} ${status}`).toBeDefined();
        if (status === '429' || status === '503')
          expect(response.headers?.['Retry-After'], `${operation.operationId} ${status}`).toBeDefined();
        const oauthError = operation.operationId === 'auth.token' && (status === '400' || status === '401');
        if (/^[45]/.test(status) && !oauthError)
          expect(Object.keys(response.content ?? {}), `${operation.operationId} ${status}`).toEqual([
            'application/problem+json',
          ]);
      }
    }
  });

  it('accepts an Idempotency-Key on every write, and If-Match with 412 wherever an ETag is answered', () => {
    for (const { method, operation } of operations) {
      const parameters = ((operation.parameters ?? []) as unknown[]).map((parameter) =>
        deref<{ name: string }>(parameter),
      );
      const names = parameters.map((parameter) => parameter.name);
      if (method !== 'get' && operation.operationId !== 'auth.token')
        expect(names, operation.operationId).toContain('Idempotency-Key');
      const answersEtag = Object.entries(operation.responses).some(
        ([status, raw]) => status.startsWith('2') && deref<{ headers?: Json }>(raw).headers?.ETag,
      );
      if (answersEtag && method !== 'get') {
        expect(names, operation.operationId).toContain('If-Match');
        expect(Object.keys(operation.responses), operation.operationId).toContain('412');
      }
    }
  });

  it('pages every list with cursor and limit, answering { items, nextCursor }', () => {
    const paged = operations.filter(({ operation }) => {
      const ok = deref<{ content?: Record<string, { schema?: unknown }> }>(operation.responses['200']);
      const schema = deref<{ properties?: Json }>(ok?.content?.['application/json']?.schema);
      return schema?.properties?.nextCursor !== undefined;
    });
    expect(paged.length).toBeGreaterThanOrEqual(10);
    for (const { operation } of paged) {
      const names = ((operation.parameters ?? []) as unknown[]).map(
        (parameter) => deref<{ name: string }>(parameter).name,
      );
      expect(names, operation.operationId).toEqual(expect.arrayContaining(['cursor', 'limit']));
      const ok = deref<{ content: Record<string, { schema: unknown }> }>(operation.responses['200']);
      const schema = deref<{ required: string[] }>(ok.content['application/json']?.schema);
      expect(schema.required, operation.operationId).toEqual(expect.arrayContaining(['items', 'nextCursor']));
    }
  });
});

function webhookOperations(): Operation[] {
  return Object.values(doc.webhooks ?? {}).flatMap((item) =>
    METHODS.filter((method) => item[method]).map((method) => item[method] as Operation),
  );
}

describe('the schemas of the document', () => {
  const expected = artefactJsonSchemas({
    schemaKeyword: false,
    location: (name) => `#/components/schemas/${name}`,
  }) as Record<string, Json>;
  const schemas = doc.components.schemas ?? {};

  it('are the artefact JSON Schemas of @chiase/schema, their shared parts hoisted but unchanged', () => {
    expect(Object.keys(expected)).toEqual(
      expect.arrayContaining(['ServiceDescription', 'OpenDataset', 'Distribution', 'ConnectionRequest']),
    );
    // Re-nest what the generator hoisted: `#/components/schemas/<Part>` back to `<Artefact>/$defs/<Part>`.
    for (const [name, schema] of Object.entries(expected)) {
      const { $defs, ...body } = schema as { $defs?: Record<string, Json> };
      const parts = Object.keys($defs ?? {});
      const nest = (node: Json): Json =>
        JSON.parse(
          JSON.stringify(node).replace(/"#\/components\/schemas\/([A-Za-z0-9]+)"/g, (ref, part: string) =>
            parts.includes(part) && part !== name ? `"#/components/schemas/${name}/$defs/${part}"` : ref,
          ),
        );
      expect(nest(schemas[name] as Json), name).toEqual(body);
      for (const part of parts)
        expect(nest(schemas[part] as Json), `${name}.$defs.${part}`).toEqual($defs?.[part]);
    }
  });

  it('hold no `$defs`: every shared part is a component of its own', () => {
    expect(JSON.stringify(doc)).not.toContain('$defs');
    const types = readFileSync(join(__dirname, 'generated/openapi.ts'), 'utf8');
    expect(types).not.toMatch(/\$defs\??:/);
    expect(types).not.toContain('$defs');
  });

  it('compile as JSON Schema 2020-12 and validate a sample problem', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ $id: 'https://chiase.invalid/gateway', components: doc.components });
    const validate = (name: string) =>
      ajv.getSchema(`https://chiase.invalid/gateway#/components/schemas/${name}`);
    for (const name of Object.keys(schemas)) expect(validate(name), name).toBeTypeOf('function');
    const problem = validate('Problem');
    expect(problem?.({ type: 'about:blank', title: 'Not Found', status: 404, requestId: 'r-1' })).toBe(true);
    expect(problem?.({ title: 'Not Found', status: 404 })).toBe(false);
    const page = validate('CodeListItemPage');
    expect(page?.({ categoryCode: 'TINH', version: '1', items: [], nextCursor: null })).toBe(true);
    expect(page?.({ categoryCode: 'TINH', version: '1', items: [] })).toBe(false);
  });
});
