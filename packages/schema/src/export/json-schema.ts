import * as z from 'zod';
import {
  type ArtefactName,
  artefactKinds,
  artefactName,
  artefactSchema,
} from '../artefacts/artefact-registry';
import { sharedDefinitions } from '../artefacts/parts/shared-definition';

/** A JSON Schema document (draft 2020-12) as a plain JSON object. */
export type JsonSchema = { [keyword: string]: unknown };

/** Options of {@link artefactJsonSchemas}. */
export interface ArtefactJsonSchemaOptions {
  /**
   * Put `"$schema": "https://json-schema.org/draft/2020-12/schema"` at the top of each schema.
   * Default `true`. Set `false` when embedding in OpenAPI 3.1, whose `jsonSchemaDialect` applies.
   */
  schemaKeyword?: boolean;
  /**
   * Where each schema will sit in the document that embeds it, as a URI fragment, e.g.
   * `(name) => '#/components/schemas/' + name` for OpenAPI. The `$ref`s to the schema's own `$defs`
   * are written relative to it, so they resolve inside the embedding document. Default: `#` (each
   * schema is a standalone document).
   */
  location?: (name: ArtefactName) => string;
}

const DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/**
 * zod's metadata plus the names of shared parts: shared parts become `$defs` entries named after
 * them, and the names stay out of zod's global registry (see `shared-definition.ts`).
 */
class ExportMetadata extends z.core.$ZodRegistry<z.core.GlobalMeta> {
  override get(schema: z.core.$ZodType): z.core.GlobalMeta | undefined {
    const meta = z.globalRegistry.get(schema);
    const definition = sharedDefinitions.get(schema);
    return definition ? { ...meta, id: definition.id } : meta;
  }
}

// Keywords that may stand beside a `$ref` (annotations); see `tidy`.
const ANNOTATIONS = new Set(['$ref', 'description', 'title', 'examples', 'deprecated', '$comment']);

/**
 * Rewrites local `$ref`s under `base` and drops constraint keywords beside a `$ref`: zod copies the
 * metadata of a shared part (e.g. the agency e-ID `pattern`) to the copies `.describe()` makes of
 * it, which would repeat, untyped, what the referenced definition already says.
 */
function tidy(node: unknown, base: string): unknown {
  if (Array.isArray(node)) return node.map((item) => tidy(item, base));
  if (node === null || typeof node !== 'object') return node;
  const isRef = typeof (node as JsonSchema).$ref === 'string';
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    if (isRef && !ANNOTATIONS.has(key)) continue;
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#'))
      out[key] = base + value.slice(1);
    else out[key] = tidy(value, base);
  }
  return out;
}

function toJsonSchema(schema: z.ZodType, name: ArtefactName, options: ArtefactJsonSchemaOptions): JsonSchema {
  const generated = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'throw',
    metadata: new ExportMetadata(),
  }) as JsonSchema;
  // zod copies the `id` it used to name a definition into the definition; it is no JSON Schema
  // keyword (an `$id` would start a new resource and break the `#/$defs` references).
  const defs = generated.$defs as Record<string, JsonSchema> | undefined;
  for (const definition of Object.values(defs ?? {})) delete definition.id;
  delete generated.id;
  if (options.schemaKeyword === false) delete generated.$schema;
  else generated.$schema = DIALECT;
  const located = tidy(generated, options.location?.(name) ?? '#') as JsonSchema;
  const { $schema, ...rest } = located;
  return $schema === undefined ? { title: name, ...rest } : { $schema, title: name, ...rest };
}

/**
 * The JSON Schema (draft 2020-12) of every artefact, keyed by its PascalCase name
 * (`ServiceDescription`, …), generated from the zod schemas. Each is self-contained: shared parts
 * (`AgencyId`, `LocalizedText`, …) are under its own `$defs`. Rules JSON Schema cannot express
 * (check digits, the order of two dates, one field required by another's value) are enforced by the
 * zod schemas only. The result is a fresh object on every call.
 */
export function artefactJsonSchemas(
  options: ArtefactJsonSchemaOptions = {},
): Record<ArtefactName, JsonSchema> {
  const out = {} as Record<ArtefactName, JsonSchema>;
  for (const kind of artefactKinds) {
    const name = artefactName(kind);
    out[name] = toJsonSchema(artefactSchema(kind), name, options);
  }
  return out;
}
