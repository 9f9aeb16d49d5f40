import { describe, expect, it } from 'vitest';
import {
  addArtefactSchemas,
  assertRefsResolve,
  hoistArtefactDefinitions,
  mergeSpecSources,
  SpecSourceError,
} from './spec-document.mjs';

const okResponses = { 200: { description: 'ok' } };

function sources(paths, components = {}) {
  return {
    base: {
      openapi: '3.1.0',
      info: { title: 't', version: '1.0.0' },
      tags: [{ name: 'services', 'x-chiase-base-path': '/catalog/1.0' }],
      paths: {},
      components: { schemas: { Problem: { type: 'object' } } },
    },
    groups: [{ tag: 'services', file: 'services.yaml', source: { paths, components } }],
  };
}

const list = { tags: ['services'], operationId: 'services.list', responses: okResponses };

describe('mergeSpecSources', () => {
  it('merges the paths and components of each group under the base document', () => {
    const doc = mergeSpecSources(
      sources({ '/catalog/1.0/services': { get: list } }, { schemas: { Page: { type: 'object' } } }),
    );
    expect(Object.keys(doc.paths)).toEqual(['/catalog/1.0/services']);
    expect(Object.keys(doc.components.schemas)).toEqual(['Problem', 'Page']);
  });

  it('refuses a path outside its group base path', () => {
    expect(() => mergeSpecSources(sources({ '/other/1.0/services': { get: list } }))).toThrow(/base path/);
  });

  it('refuses an operationId that is not <group>.<verb> of its tag', () => {
    const bad = { ...list, operationId: 'listServices' };
    expect(() => mergeSpecSources(sources({ '/catalog/1.0/services': { get: bad } }))).toThrow(
      SpecSourceError,
    );
    const otherGroup = { ...list, operationId: 'databases.list' };
    expect(() => mergeSpecSources(sources({ '/catalog/1.0/services': { get: otherGroup } }))).toThrow(
      /must start with "services\."/,
    );
  });

  it('refuses the same operationId twice', () => {
    expect(() =>
      mergeSpecSources(
        sources({ '/catalog/1.0/services': { get: list }, '/catalog/1.0/services/x': { get: list } }),
      ),
    ).toThrow(/used twice/);
  });

  it('refuses a component defined in two files', () => {
    expect(() =>
      mergeSpecSources(sources({ '/catalog/1.0/services': { get: list } }, { schemas: { Problem: {} } })),
    ).toThrow(/already defined/);
  });
});

describe('addArtefactSchemas and assertRefsResolve', () => {
  const withRef = (name) =>
    mergeSpecSources(
      sources({
        '/catalog/1.0/services': {
          get: {
            ...list,
            responses: {
              200: {
                description: 'ok',
                content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } },
              },
            },
          },
        },
      }),
    );

  it('adds the artefact schemas as given', () => {
    const artefact = { title: 'ServiceDescription', type: 'object', $defs: { A: { type: 'string' } } };
    const document = addArtefactSchemas(withRef('ServiceDescription'), { ServiceDescription: artefact });
    expect(document.components.schemas.ServiceDescription).toEqual(artefact);
    expect(() => assertRefsResolve(document)).not.toThrow();
  });

  it('leaves an artefact @chiase/schema lacks dangling, which fails the check', () => {
    const document = addArtefactSchemas(withRef('FocalPoint'), {});
    expect(() => assertRefsResolve(document)).toThrow(/#\/components\/schemas\/FocalPoint/);
  });

  it('refuses an artefact schema retyped in the yaml', () => {
    expect(() => addArtefactSchemas(withRef('Problem'), { Problem: {} })).toThrow(/artefactJsonSchemas/);
  });

  it('names every dangling $ref', () => {
    const document = addArtefactSchemas(withRef('Nowhere'), {});
    expect(() => assertRefsResolve(document)).toThrow(/#\/components\/schemas\/Nowhere at #\/paths/);
  });
});

describe('hoistArtefactDefinitions', () => {
  const ref = (artefact, part) => ({ $ref: `#/components/schemas/${artefact}/$defs/${part}` });
  const id = { type: 'string', pattern: '^[A-Z]+$' };

  it('moves shared parts to components of their own and rewrites the refs', () => {
    const hoisted = hoistArtefactDefinitions({
      A: { type: 'object', properties: { id: ref('A', 'Id') }, $defs: { Id: id } },
      B: { type: 'array', items: ref('B', 'Id'), $defs: { Id: id } },
    });
    expect(hoisted).toEqual({
      A: { type: 'object', properties: { id: { $ref: '#/components/schemas/Id' } } },
      B: { type: 'array', items: { $ref: '#/components/schemas/Id' } },
      Id: id,
    });
  });

  it('keeps the artefact when a part has its name and equals it', () => {
    const b = { type: 'string' };
    const hoisted = hoistArtefactDefinitions({ A: { items: ref('A', 'B'), $defs: { B: b } }, B: b });
    expect(hoisted).toEqual({ A: { items: { $ref: '#/components/schemas/B' } }, B: b });
  });

  it('refuses a part defined differently by two artefacts', () => {
    expect(() =>
      hoistArtefactDefinitions({ A: { $defs: { Id: id } }, B: { $defs: { Id: { type: 'integer' } } } }),
    ).toThrow(/Id differently in A and B/);
  });

  it('refuses a part that differs from the artefact of the same name', () => {
    expect(() =>
      hoistArtefactDefinitions({ A: { $defs: { B: { type: 'string' } } }, B: { type: 'number' } }),
    ).toThrow(/shared part B of A differs from the artefact B/);
  });
});
