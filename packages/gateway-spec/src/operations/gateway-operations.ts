import { openApiDocument, operationIds } from '../generated/openapi-document';
import type { ApiGroupTag, GatewayOperation, HttpMethod, OperationId } from './gateway-operation';

const METHODS: readonly HttpMethod[] = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

interface LooseOperation {
  readonly operationId: string;
  readonly tags: readonly string[];
  readonly summary: string;
  readonly 'x-chiase-law': readonly string[];
  readonly security?: readonly unknown[];
}

const knownIds: ReadonlySet<string> = new Set(operationIds);

function isOperationId(id: string): id is OperationId {
  return knownIds.has(id);
}

function isTag(name: string): name is ApiGroupTag {
  return openApiDocument.tags.some((tag) => tag.name === name);
}

function basePathOf(tag: ApiGroupTag): string {
  const found = openApiDocument.tags.find((entry) => entry.name === tag);
  return found?.['x-chiase-base-path'] ?? '';
}

/** No requirement, or an empty one (`{}`) among them, lets the call go without credentials. */
function needsToken(security: readonly unknown[] = openApiDocument.security): boolean {
  return (
    security.length > 0 && !security.some((requirement) => Object.keys(requirement as object).length === 0)
  );
}

function collect(): readonly GatewayOperation[] {
  const paths = openApiDocument.paths as unknown as Record<
    string,
    Partial<Record<HttpMethod, LooseOperation>>
  >;
  const out: GatewayOperation[] = [];
  for (const [path, item] of Object.entries(paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const [tag] = operation.tags;
      if (!isOperationId(operation.operationId) || tag === undefined || !isTag(tag))
        throw new Error(
          `The generated document is inconsistent at ${method.toUpperCase()} ${path}; regenerate it.`,
        );
      const basePath = basePathOf(tag);
      out.push(
        Object.freeze({
          operationId: operation.operationId,
          method,
          path,
          tag,
          basePath,
          relativePath: path.slice(basePath.length),
          summary: operation.summary,
          law: Object.freeze([...operation['x-chiase-law']]),
          authenticated: needsToken(operation.security),
        }),
      );
    }
  }
  return Object.freeze(out);
}

/** Every operation of the gateway contract (webhooks excluded), in document order. */
export const gatewayOperations: readonly GatewayOperation[] = collect();

const byId: ReadonlyMap<OperationId, GatewayOperation> = new Map(
  gatewayOperations.map((operation) => [operation.operationId, operation]),
);

/** The operation with this operationId. Throws a RangeError for an unknown id (a programming error). */
export function gatewayOperation(operationId: OperationId): GatewayOperation {
  const found = byId.get(operationId);
  if (!found) throw new RangeError(`Unknown operationId ${JSON.stringify(operationId)}.`);
  return found;
}

/** The operations of one API group, in document order. */
export function operationsOfGroup(tag: ApiGroupTag): readonly GatewayOperation[] {
  return gatewayOperations.filter((operation) => operation.tag === tag);
}
