import type { DataItem } from '@chiase/schema';
import type { ServedService } from './service-binding';

type JsonObject = Record<string, unknown>;

function itemSchema(item: DataItem): JsonObject {
  const description = item.description?.vi ?? item.name.vi;
  switch (item.type) {
    case 'date':
      return { type: 'string', format: 'date', description };
    case 'date-time':
      return { type: 'string', format: 'date-time', description };
    case 'binary':
      return { type: 'string', contentEncoding: 'base64', description };
    default:
      return { type: item.type, description };
  }
}

function securityOf(service: ServedService): { schemes: JsonObject; security: JsonObject[] } {
  switch (service.endpoint.authentication) {
    case 'none':
      return { schemes: {}, security: [] };
    case 'mutual-tls':
      return {
        schemes: { consumerCertificate: { type: 'mutualTLS' } },
        security: [{ consumerCertificate: [] }],
      };
    default:
      // Decree 47/2020 Art. 40: the consumer's connection account, forwarded by the gateway as a JWT.
      return {
        schemes: { gatewayJwt: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
        security: [{ gatewayJwt: [] }],
      };
  }
}

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

/**
 * The OpenAPI 3.1 document of a served service, generated from its description: one schema per
 * declared data item (Decree 47/2020 Art. 24.3b), the list, count and get operations with their
 * filters, the formats declared (Art. 24.3a), and the errors the provider answers. Items a consumer
 * was not granted are absent from its answers, so every item is optional.
 */
export function serviceOpenApi(service: ServedService): JsonObject {
  const { description } = service;
  const media = (schema: JsonObject) =>
    Object.fromEntries(
      service.endpoint.formats.map((f) => [
        f === 'JSON' ? 'application/json' : 'application/xml',
        { schema },
      ]),
    );
  const filters = [...service.items.values()]
    .filter((item) => !['object', 'array', 'binary'].includes(item.type))
    .map((item) => ({ name: item.code, in: 'query', required: false, schema: itemSchema(item) }));
  const errors = {
    '400': problem('Bad request'),
    '401': problem('Consumer not authenticated'),
    '403': problem('Service or data item not granted'),
    '406': problem('Format not declared'),
    '429': problem('Quota used up; see Retry-After'),
    '503': problem('Planned downtime (Decree 47/2020 Art. 43) or sharing log unavailable'),
  };
  const { schemes, security } = securityOf(service);
  const record = { $ref: '#/components/schemas/Record' };
  return {
    openapi: '3.1.0',
    info: {
      title: description.name.vi,
      version: service.endpoint.version,
      ...(description.summary ? { description: description.summary.vi } : {}),
      contact: { name: description.focalPoint.fullName, email: description.focalPoint.email },
      'x-service-id': description.id,
      'x-provider': description.provider,
      'x-sharing-form': description.sharingForm,
    },
    paths: {
      [service.path]: {
        get: {
          operationId: 'list',
          summary: service.endpoint.name.vi,
          parameters: [
            ...filters,
            {
              name: 'limit',
              in: 'query',
              schema: {
                type: 'integer',
                minimum: 1,
                maximum: service.maxPageSize,
                default: service.defaultPageSize,
              },
            },
            { name: 'cursor', in: 'query', schema: { type: 'string' } },
          ],
          responses: {
            '200': {
              description: 'One page of records, in key order',
              content: media({
                type: 'object',
                properties: {
                  data: { type: 'array', items: record },
                  nextCursor: { type: ['string', 'null'] },
                },
                required: ['data', 'nextCursor'],
              }),
            },
            ...errors,
          },
        },
      },
      [`${service.path === '/' ? '' : service.path}/count`]: {
        get: {
          operationId: 'count',
          parameters: filters,
          responses: {
            '200': {
              description: 'The number of records matching',
              content: media({
                type: 'object',
                properties: { count: { type: 'integer' } },
                required: ['count'],
              }),
            },
            ...errors,
          },
        },
      },
      [`${service.path === '/' ? '' : service.path}/{${service.key.code}}`]: {
        get: {
          operationId: 'get',
          parameters: [
            { name: service.key.code, in: 'path', required: true, schema: itemSchema(service.key) },
          ],
          responses: {
            '200': {
              description: 'The record',
              content: media({ type: 'object', properties: { data: record }, required: ['data'] }),
            },
            '404': problem('No such record'),
            ...errors,
          },
        },
      },
    },
    components: {
      schemas: {
        Record: {
          type: 'object',
          properties: Object.fromEntries(
            [...service.items.values()].map((item) => [item.code, itemSchema(item)]),
          ),
          additionalProperties: false,
        },
        Problem: {
          type: 'object',
          properties: {
            type: { type: 'string' },
            title: { type: 'string' },
            status: { type: 'integer' },
            detail: { type: 'string' },
            code: { type: 'string' },
            localized: {
              type: 'object',
              properties: { vi: { type: 'string' }, en: { type: 'string' } },
              required: ['vi', 'en'],
            },
          },
        },
      },
      securitySchemes: schemes,
    },
    security,
  };
}
