import * as z from 'zod';

/**
 * Names under which shared parts appear in the `$defs` of exported JSON Schemas. The registry is
 * private to this copy of the package: zod's global registry lives on `globalThis` and rejects a
 * repeated `id`, so two loaded copies of `@chiase/schema` (ESM and CJS, or two versions) would
 * clash if the names were stored there.
 */
export const sharedDefinitions = z.registry<{ id: string }>();

/** Registers `schema` as the shared definition `name` (a `$defs` key) and returns it unchanged. */
export function shared<T extends z.ZodType>(name: string, schema: T): T {
  sharedDefinitions.add(schema, { id: name });
  return schema;
}
