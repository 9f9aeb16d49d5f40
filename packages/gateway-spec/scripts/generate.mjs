#!/usr/bin/env node
// Generates the gateway contract's outputs from spec/ and the built @chiase/schema:
//   openapi.yaml                        the merged OpenAPI 3.1 document
//   src/generated/openapi.ts            TypeScript types of paths, operations, components (openapi-typescript)
//   src/generated/openapi-document.ts   the document as a typed const
// Usage: node scripts/generate.mjs [--out <dir>]
//   --out  write into <dir> (same layout) instead of the package; used by check-generated.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { stringify } from 'yaml';
import {
  addArtefactSchemas,
  assertRefsResolve,
  HTTP_METHODS,
  hoistArtefactDefinitions,
  mergeSpecSources,
  readSpecSources,
  SpecSourceError,
} from './spec-document.mjs';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The files this script writes, relative to the output folder. */
export const GENERATED_FILES = [
  'openapi.yaml',
  'src/generated/openapi.ts',
  'src/generated/openapi-document.ts',
];

const HEADER_LINES = [
  'GENERATED FILE, DO NOT EDIT.',
  'Made by packages/gateway-spec/scripts/generate.mjs from spec/gateway.base.yaml, spec/groups/*.yaml',
  "and @chiase/schema's artefactJsonSchemas(). Edit those, then run: npm run generate -w @chiase/gateway-spec",
];

async function loadArtefactSchemas() {
  let schema;
  try {
    schema = await import('@chiase/schema');
  } catch (error) {
    throw new SpecSourceError(
      `Cannot load @chiase/schema (${error instanceof Error ? error.message : error}). Build it first: npm run build -w @chiase/schema`,
    );
  }
  if (typeof schema.artefactJsonSchemas !== 'function')
    throw new SpecSourceError(
      'The built @chiase/schema does not export artefactJsonSchemas(). Check that packages/schema/src/index.ts exports it, then run: npm run build -w @chiase/schema',
    );
  return hoistArtefactDefinitions(
    schema.artefactJsonSchemas({
      schemaKeyword: false,
      location: (name) => `#/components/schemas/${name}`,
    }),
  );
}

function parseArgs(argv) {
  const args = { out: packageDir };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') args.out = resolve(argv[++i] ?? '');
    else throw new SpecSourceError(`Unknown argument ${argv[i]}. Usage: generate.mjs [--out <dir>]`);
  }
  return args;
}

/** Builds the merged, checked document: every `$ref` resolves, artefact schemas come from @chiase/schema. */
export async function buildDocument() {
  const merged = mergeSpecSources(readSpecSources(join(packageDir, 'spec')));
  const document = addArtefactSchemas(merged, await loadArtefactSchemas());
  assertRefsResolve(document);
  return document;
}

/**
 * openapi-typescript always emits `export type $defs = Record<string, never>` for the root `$defs` of a
 * JSON Schema document; an OpenAPI document has none, and the contract's types carry no `$defs` at all.
 */
function isRootDefinitionsAlias(node) {
  return node?.name?.text === '$defs';
}

async function typesSource(document) {
  const ast = (await openapiTS(structuredClone(document), { alphabetize: false })).filter(
    (node) => !isRootDefinitionsAlias(node),
  );
  const banner = HEADER_LINES.map((line) => ` * ${line}`).join('\n');
  return `/**\n${banner}\n */\n\n${astToString(ast)}`;
}

/** The operationIds of `document`'s paths (webhooks excluded), in document order. */
export function pathOperationIds(document) {
  return Object.values(document.paths).flatMap((item) =>
    HTTP_METHODS.filter((method) => item[method]).map((method) => item[method].operationId),
  );
}

function documentSource(document) {
  const banner = HEADER_LINES.map((line) => `// ${line}`).join('\n');
  return [
    `${banner}\n`,
    '/** The gateway contract (OpenAPI 3.1) as a typed const: the content of openapi.yaml. */',
    `export const openApiDocument = ${JSON.stringify(document, null, 2)} as const;\n`,
    '/** The operationId of every operation under `paths` (webhooks excluded), in document order. */',
    `export const operationIds = ${JSON.stringify(pathOperationIds(document), null, 2)} as const;\n`,
  ].join('\n');
}

function yamlSource(document) {
  const banner = HEADER_LINES.map((line) => `# ${line}`).join('\n');
  return `${banner}\n${stringify(document, { lineWidth: 0, aliasDuplicateObjects: false })}`;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const document = await buildDocument();
  const outputs = {
    'openapi.yaml': yamlSource(document),
    'src/generated/openapi.ts': await typesSource(document),
    'src/generated/openapi-document.ts': documentSource(document),
  };
  for (const [file, text] of Object.entries(outputs)) {
    const target = join(args.out, file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof SpecSourceError ? `generate: ${error.message}` : error);
    process.exit(1);
  });
}
