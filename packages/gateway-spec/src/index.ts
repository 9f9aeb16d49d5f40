// Public surface of @chiase/gateway-spec: the gateway contract (OpenAPI 3.1), its TypeScript types
// and a typed list of its operations. The document's source is spec/; run `npm run generate` after editing it.

export type { components, operations, paths, webhooks } from './generated/openapi';
export { openApiDocument, operationIds } from './generated/openapi-document';
export type { ApiGroupTag, GatewayOperation, HttpMethod, OperationId } from './operations/gateway-operation';
export { gatewayOperation, gatewayOperations, operationsOfGroup } from './operations/gateway-operations';
