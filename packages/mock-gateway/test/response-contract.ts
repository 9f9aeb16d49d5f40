import { gatewayOperations, openApiDocument } from '@chiase/gateway-spec';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

type Json = Record<string, unknown>;
const DOCUMENT_ID = 'https://chiase.invalid/gateway';
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ $id: DOCUMENT_ID, components: openApiDocument.components } as Json);
const compiled = new Map<string, ValidateFunction>();

function resolve(node: Json): Json {
  let current = node;
  while (typeof current.$ref === 'string') {
    const path = current.$ref.replace(/^#\//, '').split('/');
    current = path.reduce<Json>((at, key) => at[key] as Json, openApiDocument as unknown as Json);
  }
  return current;
}

function templateMatches(template: string, pathname: string): boolean {
  const pattern = template
    .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
    .replace(/\\?\{[^}]+\\?\}|\{[^}]+\}/g, '[^/]+');
  return new RegExp(`^${pattern}$`).test(pathname);
}

function compile(key: string, schema: unknown): ValidateFunction {
  let validate = compiled.get(key);
  if (validate === undefined) {
    // Local refs made absolute so they resolve inside the document.
    validate = ajv.compile(
      JSON.parse(JSON.stringify(schema ?? {}).replaceAll('"$ref":"#/', `"$ref":"${DOCUMENT_ID}#/`)),
    );
    compiled.set(key, validate);
  }
  return validate;
}

async function schemaProblems(
  where: string,
  validate: ValidateFunction,
  response: Response,
): Promise<string[]> {
  const body: unknown = await response.clone().json();
  return validate(body)
    ? []
    : (validate.errors ?? []).map((e) => `${where}: ${e.instancePath || '/'} ${e.message}`);
}

/**
 * A request no operation of the spec serves: the only acceptable answers are the gateway's generic
 * 404 (no such path) and 405 (with `Allow`), as a problem+json the document's `Problem` schema accepts.
 */
async function unroutedProblems(method: string, pathname: string, response: Response): Promise<string[]> {
  const where = `${method} ${pathname} ${response.status}`;
  if (response.status !== 404 && response.status !== 405)
    return [`no operation of the spec serves ${method} ${pathname}, yet it answered ${response.status}`];
  if (response.status === 405 && !response.headers.has('allow')) return [`${where}: no Allow header`];
  if (!(response.headers.get('content-type') ?? '').startsWith('application/problem+json'))
    return [`${where}: not application/problem+json`];
  return schemaProblems(where, compile('Problem', { $ref: '#/components/schemas/Problem' }), response);
}

/**
 * Checks a mock response against the gateway document: the status is declared for the operation and the
 * body validates against that response's schema for its media type. Returns the problems, empty when it
 * conforms. The response body is read from a clone.
 */
export async function responseContractProblems(
  method: string,
  url: string,
  response: Response,
): Promise<string[]> {
  const pathname = new URL(url, 'https://gateway.test').pathname;
  const operation = gatewayOperations.find(
    (op) => op.method === method.toLowerCase() && templateMatches(op.path, pathname),
  );
  if (operation === undefined) return unroutedProblems(method, pathname, response);
  const item = (openApiDocument.paths as unknown as Record<string, Record<string, Json>>)[operation.path];
  const responses = (item?.[operation.method]?.responses ?? {}) as Record<string, Json>;
  const declared = responses[String(response.status)] ?? responses.default;
  const where = `${operation.operationId} ${response.status}`;
  if (declared === undefined) return [`${where}: status not declared`];
  const content = (resolve(declared).content ?? {}) as Record<string, Json>;
  const type = (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
  if (Object.keys(content).length === 0) return [];
  const media = content[type];
  if (media === undefined)
    return [`${where}: media type "${type}" not declared (${Object.keys(content).join(', ')})`];
  if (!type.endsWith('json')) return [];
  return schemaProblems(
    where,
    compile(`${operation.operationId} ${response.status} ${type}`, media.schema),
    response,
  );
}

/**
 * Checks a value against a schema of the document's components (e.g. the `NationalChangeNotification`
 * a webhook sends). Returns the problems, empty when it conforms.
 */
export function componentSchemaProblems(name: string, value: unknown): string[] {
  const validate = compile(name, { $ref: `#/components/schemas/${name}` });
  return validate(value)
    ? []
    : (validate.errors ?? []).map((e) => `${name}: ${e.instancePath || '/'} ${e.message}`);
}
