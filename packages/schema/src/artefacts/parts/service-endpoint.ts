import * as z from 'zod';
import { localizedTextSchema } from './localized-text';
import { addRefinementIssue } from './refinement-issue';
import { serviceCapacitySchema } from './service-capacity';
import { shared } from './shared-definition';

/** Message formats a data-sharing service exchanges (Decree 47/2020 Art. 24.3a technical parameters). */
export const messageFormatSchema = shared(
  'MessageFormat',
  z.enum(['JSON', 'XML']).meta({
    description: 'Decree 47/2020 Art. 24.3a: a message format of the service, JSON or XML.',
  }),
);

/**
 * How a consumer authenticates (Decree 47/2020 Art. 40.1: a connection account with suitable
 * identification and authentication, unless the rules of use require none, hence `none`).
 */
export const serviceAuthenticationSchema = shared(
  'ServiceAuthentication',
  z.enum(['oauth2-client-credentials', 'api-key', 'mutual-tls', 'basic', 'none']).meta({
    description:
      'Decree 47/2020 Art. 24.3a, 40.1: how consumers authenticate (none only where the rules of use require no authentication).',
  }),
);

/**
 * One operation in the list of services with its technical parameters, Decree 47/2020 Art. 24.3a:
 * path, method, version, protocol, formats, authentication and, optionally, its own capacity.
 */
export const serviceEndpointSchema = shared(
  'ServiceEndpoint',
  z
    .strictObject({
      /** Decree 47/2020 Art. 24.3a: what the operation does. */
      name: localizedTextSchema.describe('Decree 47/2020 Art. 24.3a: what the operation does.'),
      /** Decree 47/2020 Art. 24.3a: the resource path under the gateway, e.g. /dmdc/1.0/AllCategory. */
      path: z
        .string()
        .regex(/^\/[^\s?#]*$/)
        .describe(
          'Decree 47/2020 Art. 24.3a: the resource path under the gateway, e.g. /dmdc/1.0/AllCategory.',
        ),
      /** Decree 47/2020 Art. 24.3a: the HTTP method (SOAP operations use POST). */
      method: z
        .enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE'])
        .describe('Decree 47/2020 Art. 24.3a: the HTTP method (SOAP operations use POST).'),
      /** Decree 47/2020 Art. 24.3a: the version of the operation's interface, e.g. 1.0.0. */
      version: z
        .string()
        .regex(/^[0-9A-Za-z][0-9A-Za-z.+-]{0,31}$/)
        .describe("Decree 47/2020 Art. 24.3a: the version of the operation's interface, e.g. 1.0.0."),
      /** Decree 47/2020 Art. 24.3a; TT 13/2017 Art. 18–20 (SOAP, WSDL): the protocol. */
      protocol: z
        .enum(['REST', 'SOAP'])
        .describe('Decree 47/2020 Art. 24.3a; TT 13/2017 (SOAP, WSDL): the protocol.'),
      /** Decree 47/2020 Art. 24.3a: the message formats accepted and returned. */
      formats: z
        .array(messageFormatSchema)
        .min(1)
        .meta({ uniqueItems: true })
        .describe('Decree 47/2020 Art. 24.3a: the message formats accepted and returned.'),
      /** Decree 47/2020 Art. 24.3a, 40.1: how the consumer authenticates. */
      authentication: serviceAuthenticationSchema.describe(
        'Decree 47/2020 Art. 24.3a, 40.1: how the consumer authenticates.',
      ),
      /** Decree 47/2020 Art. 23.4: a capacity of this operation, where it differs from the service's. */
      capacity: serviceCapacitySchema
        .optional()
        .describe(
          "Decree 47/2020 Art. 23.4: a capacity of this operation, where it differs from the service's.",
        ),
    })
    .superRefine((endpoint, ctx) => {
      // SOAP 1.1/1.2 over HTTP: requests are POSTed XML envelopes (TT 13/2017 names SOAP and WSDL).
      if (endpoint.protocol !== 'SOAP') return;
      if (endpoint.method !== 'POST') {
        addRefinementIssue(ctx, {
          path: ['method'],
          reason: 'service_endpoint.soap_method',
          vi: `Thao tác SOAP phải dùng phương thức POST, không phải ${endpoint.method}.`,
          en: `A SOAP operation uses POST, not ${endpoint.method}.`,
        });
      }
      const json = endpoint.formats.indexOf('JSON');
      if (json !== -1) {
        addRefinementIssue(ctx, {
          path: ['formats', json],
          reason: 'service_endpoint.soap_format',
          vi: 'Thao tác SOAP trao đổi thông điệp XML; hãy bỏ định dạng JSON.',
          en: 'A SOAP operation exchanges XML messages; remove the JSON format.',
        });
      }
    })
    .meta({
      description:
        'Decree 47/2020 Art. 24.3a: one service operation with its technical parameters (path, method, version, protocol, formats, authentication, capacity).',
    }),
);

/** A service operation (see {@link serviceEndpointSchema}). */
export type ServiceEndpoint = z.infer<typeof serviceEndpointSchema>;
