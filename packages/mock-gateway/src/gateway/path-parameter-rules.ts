import { openApiDocument } from '@chiase/gateway-spec';
import { ProblemError } from '../errors/problem-error';
import type { FieldError } from '../http/problem';

type Json = Record<string, unknown>;

/** What the spec allows for one path parameter: its JSON Schema pattern and lengths. */
interface ParameterRule {
  readonly pattern?: RegExp;
  readonly minLength?: number;
  readonly maxLength?: number;
  /** The component the rule comes from, e.g. `ResourceId`, for messages. */
  readonly source: string;
}

function resolve(node: Json): { node: Json; name: string } {
  let current = node;
  let name = '';
  while (typeof current.$ref === 'string') {
    const path = current.$ref.replace(/^#\//, '').split('/');
    name = path[path.length - 1] ?? name;
    current = path.reduce<Json>((at, key) => (at[key] ?? {}) as Json, openApiDocument as unknown as Json);
  }
  return { node: current, name };
}

/** The path parameter rules of every operation of the spec, by operationId then parameter name. */
function readRules(): Map<string, Map<string, ParameterRule>> {
  const rules = new Map<string, Map<string, ParameterRule>>();
  const paths = openApiDocument.paths as unknown as Record<string, Record<string, Json>>;
  for (const item of Object.values(paths)) {
    for (const operation of Object.values(item)) {
      if (typeof operation.operationId !== 'string' || !Array.isArray(operation.parameters)) continue;
      const byName = new Map<string, ParameterRule>();
      for (const raw of operation.parameters as Json[]) {
        const parameter = resolve(raw).node;
        if (parameter.in !== 'path' || typeof parameter.name !== 'string') continue;
        const { node: schema, name } = resolve((parameter.schema ?? {}) as Json);
        byName.set(parameter.name, {
          source: name || parameter.name,
          ...(typeof schema.pattern === 'string' ? { pattern: new RegExp(schema.pattern, 'u') } : {}),
          ...(typeof schema.minLength === 'number' ? { minLength: schema.minLength } : {}),
          ...(typeof schema.maxLength === 'number' ? { maxLength: schema.maxLength } : {}),
        });
      }
      rules.set(operation.operationId, byName);
    }
  }
  return rules;
}

let cached: Map<string, Map<string, ParameterRule>> | undefined;

function breaks(rule: ParameterRule, value: string): string | undefined {
  const length = [...value].length;
  if (rule.minLength !== undefined && length < rule.minLength) return `shorter than ${rule.minLength}`;
  if (rule.maxLength !== undefined && length > rule.maxLength) return `longer than ${rule.maxLength}`;
  if (rule.pattern !== undefined && !rule.pattern.test(value)) return `does not match ${rule.pattern.source}`;
  return undefined;
}

/**
 * Checks the decoded path parameters of a request against the schemas the gateway document gives them
 * (`ResourceId` for most: letters, digits and `. _ : / -`, `/` sent as `%2F`; `AgencyId` for agencies).
 *
 * @throws ProblemError `invalid_request` (400) naming every parameter that breaks its schema.
 */
export function checkPathParameters(operationId: string, params: Readonly<Record<string, string>>): void {
  cached ??= readRules();
  const rules = cached.get(operationId);
  if (rules === undefined) return;
  const errors: FieldError[] = [];
  for (const [name, value] of Object.entries(params)) {
    const rule = rules.get(name);
    const broken = rule === undefined ? undefined : breaks(rule, value);
    if (rule !== undefined && broken !== undefined)
      errors.push({ parameter: name, detail: `is not a valid ${rule.source}: ${broken}` });
  }
  if (errors.length === 0) return;
  const names = errors.map((e) => e.parameter).join(', ');
  throw new ProblemError(
    'invalid_request',
    {
      vi: `Tham số đường dẫn không hợp lệ: ${names}.`,
      en: `Invalid path parameter: ${names}.`,
    },
    { errors },
  );
}
