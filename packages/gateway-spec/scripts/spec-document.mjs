// Builds the gateway contract from its sources: spec/gateway.base.yaml, spec/groups/<tag>.yaml and the
// artefact JSON Schemas of @chiase/schema. Pure functions of their inputs; scripts/generate.mjs writes
// the results. Every check failure throws a SpecSourceError naming the file and what to fix.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';

/** HTTP methods an OpenAPI path item may hold, in the order they are listed. */
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

const COMPONENT_SECTIONS = [
  'schemas',
  'responses',
  'parameters',
  'examples',
  'requestBodies',
  'headers',
  'securitySchemes',
  'links',
  'callbacks',
  'pathItems',
];
const GROUP_KEYS = new Set(['paths', 'webhooks', 'components']);

/** A problem in the contract's sources. */
export class SpecSourceError extends Error {
  /** @param {string} message what is wrong, where, and how to fix it */
  constructor(message) {
    super(message);
    this.name = 'SpecSourceError';
  }
}

function readYaml(file) {
  try {
    return parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new SpecSourceError(`${file}: not valid YAML: ${error instanceof Error ? error.message : error}`);
  }
}

/**
 * Reads the base document and every group file of `specDir`.
 * @param {string} specDir the `spec` folder
 * @returns {{ base: any, groups: { tag: string, file: string, source: any }[] }}
 */
export function readSpecSources(specDir) {
  const base = readYaml(join(specDir, 'gateway.base.yaml'));
  const groupDir = join(specDir, 'groups');
  const groups = readdirSync(groupDir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const file = join(groupDir, name);
      return { tag: basename(name, '.yaml'), file, source: readYaml(file) };
    });
  return { base, groups };
}

function baseTags(base) {
  const tags = new Map();
  for (const tag of base.tags ?? []) {
    const basePath = tag['x-chiase-base-path'];
    if (
      typeof basePath !== 'string' ||
      (basePath !== '' && (!basePath.startsWith('/') || basePath.endsWith('/')))
    )
      throw new SpecSourceError(
        `gateway.base.yaml: tag "${tag.name}" needs x-chiase-base-path: '' or a path like /context/1.0 (no trailing slash).`,
      );
    tags.set(tag.name, basePath);
  }
  return tags;
}

function checkOperation(group, path, method, operation, tags, operationIds) {
  const where = `${group.file}: ${method.toUpperCase()} ${path}`;
  const id = operation.operationId;
  if (typeof id !== 'string' || !/^[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/.test(id))
    throw new SpecSourceError(
      `${where}: operationId must be "<group>.<verb>" (e.g. services.list), got ${id}.`,
    );
  if (operationIds.has(id)) throw new SpecSourceError(`${where}: operationId ${id} is used twice.`);
  operationIds.add(id);
  const opTags = operation.tags ?? [];
  if (opTags.length !== 1 || opTags[0] !== group.tag)
    throw new SpecSourceError(`${where}: tags must be exactly [${group.tag}] (the file's group).`);
  if (!id.startsWith(`${group.tag}.`))
    throw new SpecSourceError(`${where}: operationId ${id} must start with "${group.tag}.".`);
  if (!tags.has(group.tag))
    throw new SpecSourceError(
      `${group.file}: no tag "${group.tag}" in gateway.base.yaml; add it with its base path.`,
    );
}

function mergeComponents(target, components, file) {
  for (const [section, entries] of Object.entries(components ?? {})) {
    if (!COMPONENT_SECTIONS.includes(section))
      throw new SpecSourceError(`${file}: unknown components section "${section}".`);
    target[section] ??= {};
    for (const [name, value] of Object.entries(entries ?? {})) {
      if (Object.hasOwn(target[section], name))
        throw new SpecSourceError(
          `${file}: components.${section}.${name} is already defined in another file.`,
        );
      target[section][name] = value;
    }
  }
}

/**
 * Merges the base and the groups into one document (without the artefact schemas), checking that each
 * group's paths start with its tag's base path and that operationIds are unique `<group>.<verb>` names.
 */
export function mergeSpecSources({ base, groups }) {
  const tags = baseTags(base);
  const doc = structuredClone(base);
  doc.paths = {};
  const operationIds = new Set();
  const components = structuredClone(base.components ?? {});
  const order = [...tags.keys()];
  const sorted = [...groups].sort((a, b) => order.indexOf(a.tag) - order.indexOf(b.tag));
  for (const group of sorted) {
    for (const key of Object.keys(group.source ?? {}))
      if (!GROUP_KEYS.has(key))
        throw new SpecSourceError(
          `${group.file}: unexpected top-level key "${key}" (allowed: paths, webhooks, components).`,
        );
    if (!tags.has(group.tag))
      throw new SpecSourceError(
        `${group.file}: no tag "${group.tag}" in gateway.base.yaml; add it with its base path.`,
      );
    const basePath = tags.get(group.tag);
    for (const [path, item] of Object.entries(group.source.paths ?? {})) {
      if (!path.startsWith(`${basePath}/`))
        throw new SpecSourceError(
          `${group.file}: path ${path} does not start with the ${group.tag} base path "${basePath}/".`,
        );
      if (Object.hasOwn(doc.paths, path))
        throw new SpecSourceError(`${group.file}: path ${path} is defined twice.`);
      for (const method of HTTP_METHODS)
        if (item[method]) checkOperation(group, path, method, item[method], tags, operationIds);
      doc.paths[path] = item;
    }
    for (const [name, item] of Object.entries(group.source.webhooks ?? {})) {
      doc.webhooks ??= {};
      if (Object.hasOwn(doc.webhooks, name))
        throw new SpecSourceError(`${group.file}: webhook ${name} is defined twice.`);
      for (const method of HTTP_METHODS)
        if (item[method]) checkOperation(group, `webhook ${name}`, method, item[method], tags, operationIds);
      doc.webhooks[name] = item;
    }
    mergeComponents(components, group.source.components, group.file);
  }
  doc.components = components;
  for (const tag of tags.keys())
    if (!groups.some((group) => group.tag === tag))
      throw new SpecSourceError(`gateway.base.yaml: tag "${tag}" has no spec/groups/${tag}.yaml.`);
  return doc;
}

/** Every `$ref` string in `node`, with the JSON pointer of where it sits. */
export function collectRefs(node, at = '#') {
  const refs = [];
  const walk = (value, pointer) => {
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) walk(item, `${pointer}/${index}`);
    } else if (value !== null && typeof value === 'object')
      for (const [key, child] of Object.entries(value)) {
        const here = `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
        if (key === '$ref' && typeof child === 'string') refs.push({ ref: child, at: pointer });
        else walk(child, here);
      }
  };
  walk(node, at);
  return refs;
}

/** The value a local JSON pointer (`#/a/b`) points at in `doc`, or undefined. */
export function resolvePointer(doc, ref) {
  if (!ref.startsWith('#')) return undefined;
  let node = doc;
  for (const raw of ref.slice(1).split('/').slice(1)) {
    const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = node[key];
  }
  return node;
}

/** A reference into an artefact's own `$defs`: `#/components/schemas/<Artefact>/$defs/<Name>`. */
const NESTED_DEFINITION_REF = /^#\/components\/schemas\/[^/]+\/\$defs\/([^/]+)$/;

/** Rewrites every `$ref` into an artefact's `$defs` to the hoisted component `#/components/schemas/<Name>`. */
export function rewriteNestedDefinitionRefs(node) {
  if (Array.isArray(node)) return node.map(rewriteNestedDefinitionRefs);
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    const match = key === '$ref' && typeof value === 'string' ? NESTED_DEFINITION_REF.exec(value) : null;
    out[key] = match ? `#/components/schemas/${match[1]}` : rewriteNestedDefinitionRefs(value);
  }
  return out;
}

/**
 * Hoists the shared parts each artefact schema keeps under `$defs` into components of their own, so that
 * `components.schemas` holds only schemas (openapi-typescript would otherwise type `$defs` as a property).
 * A part defined by several artefacts must be defined identically; a part named like an artefact must
 * equal that artefact. Returns the artefact schemas and the hoisted parts, all refs rewritten.
 */
export function hoistArtefactDefinitions(artefactSchemas) {
  const schemas = {};
  const parts = {};
  const partOrigin = {};
  for (const [name, schema] of Object.entries(artefactSchemas)) {
    const { $defs: definitions = {}, ...body } = rewriteNestedDefinitionRefs(schema);
    schemas[name] = body;
    for (const [part, definition] of Object.entries(definitions)) {
      if (Object.hasOwn(parts, part) && !isDeepStrictEqual(parts[part], definition))
        throw new SpecSourceError(
          `@chiase/schema defines the shared part ${part} differently in ${partOrigin[part]} and ${name}; give them different names in @chiase/schema.`,
        );
      parts[part] ??= definition;
      partOrigin[part] ??= name;
    }
  }
  for (const [part, definition] of Object.entries(parts)) {
    if (Object.hasOwn(schemas, part)) {
      if (!isDeepStrictEqual(schemas[part], definition))
        throw new SpecSourceError(
          `The shared part ${part} of ${partOrigin[part]} differs from the artefact ${part}; rename one of them in @chiase/schema.`,
        );
      continue;
    }
    schemas[part] = definition;
  }
  return schemas;
}

/**
 * Adds the artefact schemas (from @chiase/schema's artefactJsonSchemas(), their `$defs` hoisted by
 * hoistArtefactDefinitions()) to `doc.components.schemas`. An artefact schema or shared part must not also
 * be written in the yaml: there is one source per fact.
 */
export function addArtefactSchemas(doc, artefactSchemas) {
  const out = structuredClone(doc);
  out.components.schemas ??= {};
  const schemas = out.components.schemas;
  for (const [name, schema] of Object.entries(artefactSchemas)) {
    if (Object.hasOwn(schemas, name))
      throw new SpecSourceError(
        `components.schemas.${name} is written in the yaml but comes from @chiase/schema's artefactJsonSchemas(); delete it from the yaml.`,
      );
    schemas[name] = schema;
  }
  return out;
}

/** Throws a SpecSourceError listing every `$ref` in `doc` that is not local or does not resolve. */
export function assertRefsResolve(doc) {
  const dangling = collectRefs(doc).filter(({ ref }) => resolvePointer(doc, ref) === undefined);
  if (dangling.length > 0)
    throw new SpecSourceError(
      `Dangling $ref (define the target, or fix the name):\n${dangling.map(({ ref, at }) => `  ${ref} at ${at}`).join('\n')}`,
    );
}
