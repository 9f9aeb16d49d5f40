/** A JSON-LD value: a literal or reference object, or a nested node. */
export type JsonLdValue =
  | { readonly '@value': string | number; readonly '@language'?: string; readonly '@type'?: string }
  | { readonly '@id': string }
  | JsonLdNode;

/** A JSON-LD node object whose properties are compact IRIs (e.g. `dct:title`). */
export interface JsonLdNode {
  readonly '@id'?: string;
  readonly '@type': string;
  readonly [property: string]: string | JsonLdValue | readonly (JsonLdValue | string)[] | undefined;
}

/** A property value of a node, before empty values are dropped. */
export type JsonLdPropertyValue = JsonLdNode[string];

/**
 * Builds a node of `type` (with `@id` when given), leaving out the properties whose value is
 * undefined or an empty list, so that the output never carries empty keys.
 */
export function jsonLdNode(
  type: string,
  properties: Readonly<Record<string, JsonLdPropertyValue>>,
  id?: string,
): JsonLdNode {
  const kept = Object.entries(properties).filter(
    ([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0),
  );
  return { ...(id === undefined ? {} : { '@id': id }), '@type': type, ...Object.fromEntries(kept) };
}
