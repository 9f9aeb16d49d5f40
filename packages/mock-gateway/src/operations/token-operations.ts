import { type ClientCredentials, parseBasicCredentials } from '../auth/basic-credentials';
import type { OperationContext, OperationDefinition } from '../gateway/operation';
import { jsonResponse } from '../http/json-response';

type TokenErrorCode = 'invalid_request' | 'invalid_client' | 'unsupported_grant_type';

/** An OAuth2 error answer (RFC 6749 §5.2), which the token endpoint uses instead of problem+json. */
function tokenError(status: 400 | 401, error: TokenErrorCode, description: string): Response {
  const headers: Record<string, string> = { 'cache-control': 'no-store' };
  if (status === 401) headers['www-authenticate'] = 'Basic realm="chiase-mock-gateway"';
  return jsonResponse({ error, error_description: description }, { status, headers });
}

function credentialsOf(
  context: OperationContext,
  form: URLSearchParams,
): ClientCredentials | 'both' | undefined {
  const basic = parseBasicCredentials(context.request.headers.get('authorization'));
  const clientId = form.get('client_id');
  const clientSecret = form.get('client_secret');
  const fromForm = clientId !== null && clientSecret !== null ? { clientId, clientSecret } : undefined;
  if (basic !== undefined && fromForm !== undefined) return 'both';
  return basic ?? fromForm;
}

/**
 * `POST /token` (operationId `auth.token`): the OAuth2 client-credentials grant (RFC 6749 §4.4) of
 * API-manager gateways, with the consumer key and secret as HTTP Basic or as form fields
 * (Decree 47/2020 Art. 40: each connection account is identified and authenticated).
 */
export const requestToken: OperationDefinition = {
  operationId: 'auth.token',
  group: 'auth',
  method: 'POST',
  path: '/token',
  authenticated: false,
  handle(context) {
    const type = context.request.headers.get('content-type') ?? '';
    if (!/^application\/x-www-form-urlencoded\s*(?:;|$)/i.test(type)) {
      return tokenError(400, 'invalid_request', 'The body must be application/x-www-form-urlencoded.');
    }
    const form = new URLSearchParams(new TextDecoder().decode(context.body));
    const credentials = credentialsOf(context, form);
    if (credentials === 'both') {
      // RFC 6749 §2.3: a client must not use more than one authentication method per request.
      return tokenError(
        400,
        'invalid_request',
        'Send the client credentials either as HTTP Basic or as form fields, not both.',
      );
    }
    if (credentials === undefined) {
      return tokenError(401, 'invalid_client', 'Client authentication failed: no client credentials.');
    }
    context.identify(credentials.clientId);
    const consumer = context.state.consumers.get(credentials.clientId);
    if (consumer === undefined || consumer.secret !== credentials.clientSecret) {
      return tokenError(401, 'invalid_client', 'Client authentication failed.');
    }
    const grant = form.get('grant_type');
    if (grant !== 'client_credentials') {
      return tokenError(400, 'unsupported_grant_type', 'Only client_credentials is supported.');
    }
    const token = context.state.tokens.issue(consumer.key);
    return jsonResponse(
      {
        access_token: token.accessToken,
        token_type: 'Bearer',
        expires_in: context.state.tokens.lifetime,
        scope: form.get('scope') ?? 'am_application_scope default',
      },
      { headers: { 'cache-control': 'no-store' } },
    );
  },
};

/**
 * `GET /jwks` (operationId `auth.keys`): the public key that signs the consumer assertions forwarded
 * to providers (`X-JWT-Assertion`), so a provider can verify who calls (Decree 47/2020 Art. 40.1).
 */
export const getSigningKeys: OperationDefinition = {
  operationId: 'auth.keys',
  group: 'auth',
  method: 'GET',
  path: '/jwks',
  authenticated: false,
  handle: (context) =>
    jsonResponse(context.state.settings.assertionSigner.jwks(), {
      headers: { 'cache-control': 'public, max-age=300' },
    }),
};

/** The operations of the `auth` group. */
export const authOperations: readonly OperationDefinition[] = [requestToken, getSigningKeys];
