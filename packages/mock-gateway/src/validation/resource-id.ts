import { openApiDocument } from '@chiase/gateway-spec';

const resourceId = (openApiDocument.components.schemas as unknown as Record<string, { pattern?: string }>)
  .ResourceId;

/**
 * The spec's `ResourceId`: letters, digits and `. _ : / -`, up to 128 characters, the form
 * `@chiase/schema` uses for service and record identifiers. Read from the gateway document so the mock
 * follows the contract; in a path it is one segment, with `/` sent as `%2F`.
 */
export const RESOURCE_ID_PATTERN = new RegExp(
  resourceId?.pattern ?? '^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$',
  'u',
);
