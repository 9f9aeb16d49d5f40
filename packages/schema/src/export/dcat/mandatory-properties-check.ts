import { DCAT_AP_3_MANDATORY_PROPERTIES, isDcatClass } from './dcat-ap-mandatory-properties';
import { DcatExportError } from './dcat-export-error';
import type { JsonLdNode } from './json-ld-node';

function isBlank(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0 || value.every(isBlank);
  if (typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if ('@value' in object) return isBlank(object['@value']);
    if ('@id' in object && Object.keys(object).length === 1) return isBlank(object['@id']);
  }
  return false;
}

/**
 * Returns `node` when it carries every property DCAT-AP 3 makes mandatory for its `@type`, with a
 * non-blank value; otherwise throws, naming the class, the property and where in the input the value
 * comes from: `sources[property]` when given, else `path` (the input object of the node).
 * @throws DcatExportError for the first missing mandatory property.
 */
export function withMandatoryProperties<N extends JsonLdNode>(
  node: N,
  path: string,
  sources: Readonly<Record<string, string>> = {},
): N {
  const type = node['@type'];
  if (!isDcatClass(type)) return node;
  for (const property of DCAT_AP_3_MANDATORY_PROPERTIES[type]) {
    if (isBlank(node[property])) {
      throw new DcatExportError({ dcatClass: type, property, path: sources[property] ?? path });
    }
  }
  return node;
}
