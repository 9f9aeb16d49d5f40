import type { openApiDocument, operationIds } from '../generated/openapi-document';

/** The operationId of an operation of the gateway contract, e.g. `services.list`. */
export type OperationId = (typeof operationIds)[number];

/** The name of an API group (an OpenAPI tag), e.g. `services` or `openData`. */
export type ApiGroupTag = (typeof openApiDocument.tags)[number]['name'];

/** An HTTP method as the OpenAPI document spells it (lower case). */
export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch' | 'head' | 'options' | 'trace';

/** One operation of the gateway contract, as conformance tests and routers need it. */
export interface GatewayOperation {
  /** The operationId, `<group>.<verb>`. */
  readonly operationId: OperationId;
  /** The HTTP method, lower case. */
  readonly method: HttpMethod;
  /** The path template, e.g. `/catalog/1.0/services/{serviceId}`. */
  readonly path: string;
  /** The API group (tag) the operation belongs to. */
  readonly tag: ApiGroupTag;
  /** The group's base path in the reference profile (`x-chiase-base-path`); `''` at the gateway root. */
  readonly basePath: string;
  /** The path after the base path, e.g. `/services/{serviceId}`; what a profile's base path is joined to. */
  readonly relativePath: string;
  /** The one-line summary, citing the law. */
  readonly summary: string;
  /** The legal texts the operation serves (`x-chiase-law`). */
  readonly law: readonly string[];
  /** Whether the call needs a bearer token (false for `POST /token` and health checks). */
  readonly authenticated: boolean;
}
