import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSigner, type TestSigner } from '../../test/fixtures/jwt-keys';
import { RequestRejectedError } from '../errors/request-rejected-error';
import { jwtAuthenticator } from './jwt-authenticator';
import { mtlsAuthenticator } from './mtls-authenticator';

const ISSUER = 'https://lgsp.angiang.gov.vn';
const AUDIENCE = 'H47.22.DMX';
let signer: TestSigner;
let impostor: TestSigner;

beforeAll(async () => {
  signer = await createTestSigner('gw-1');
  impostor = await createTestSigner('gw-1');
});

const request = (token: string, header = 'authorization') =>
  new Request('https://provider.example/x', {
    headers: { [header]: header === 'authorization' ? `Bearer ${token}` : token },
  });

async function rejection(promise: Promise<unknown>): Promise<RequestRejectedError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!RequestRejectedError.isInstance(error)) throw new Error(`expected a rejection, got ${String(error)}`);
  return error;
}

describe('jwtAuthenticator', () => {
  const auth = () => jwtAuthenticator({ keys: signer.jwks, issuer: ISSUER, audience: AUDIENCE });

  it('accepts a valid token and returns the consumer e-ID from sub', async () => {
    const consumer = await auth().authenticate(request(await signer.sign({ sub: 'G01.003' })), {});
    expect(consumer).toMatchObject({ id: 'G01.003', method: 'jwt' });
  });

  it('returns undefined when no token is presented, so another authenticator may try', async () => {
    expect(await auth().authenticate(new Request('https://provider.example/x'), {})).toBeUndefined();
  });

  it('refuses a token signed with another key', async () => {
    const error = await rejection(auth().authenticate(request(await impostor.sign({ sub: 'G01.003' })), {}));
    expect(error).toMatchObject({ status: 401, code: 'provider.token_invalid' });
    expect(error.message).not.toContain('eyJ');
  });

  it('refuses a token for another audience', async () => {
    const token = await signer.sign({ sub: 'G01.003' }, { audience: 'H47.22.OTHER' });
    expect(await rejection(auth().authenticate(request(token), {}))).toMatchObject({
      status: 401,
      code: 'provider.token_claim_aud',
    });
  });

  it('refuses a token from another issuer', async () => {
    const token = await signer.sign({ sub: 'G01.003' }, { issuer: 'https://evil.example' });
    expect(await rejection(auth().authenticate(request(token), {}))).toMatchObject({
      code: 'provider.token_claim_iss',
    });
  });

  it('refuses an expired token beyond the clock tolerance, and accepts one within it', async () => {
    const expiredAt = Math.floor(Date.now() / 1000) - 20;
    const token = await signer.sign({ sub: 'G01.003' }, { expiresIn: expiredAt });
    expect(await auth().authenticate(request(token), {})).toMatchObject({ id: 'G01.003' });
    const strict = jwtAuthenticator({
      keys: signer.jwks,
      issuer: ISSUER,
      audience: AUDIENCE,
      clockToleranceSeconds: 5,
    });
    expect(await rejection(strict.authenticate(request(token), {}))).toMatchObject({
      code: 'provider.token_expired',
    });
  });

  it('refuses a token whose subject is not a valid agency e-ID (QĐ 20/2020)', async () => {
    const token = await signer.sign({ sub: 'g01.003' });
    expect(await rejection(auth().authenticate(request(token), {}))).toMatchObject({
      status: 401,
      code: 'provider.consumer_id_invalid',
    });
  });

  it('reads a bare token from a forwarded header and the e-ID from another claim', async () => {
    const forwarded = jwtAuthenticator({
      keys: signer.jwks,
      issuer: ISSUER,
      audience: AUDIENCE,
      header: 'X-JWT-Assertion',
      consumerClaim: 'agency_id',
    });
    const token = await signer.sign({ sub: 'app-17', agency_id: 'H47.01' });
    expect(await forwarded.authenticate(request(token, 'x-jwt-assertion'), {})).toMatchObject({
      id: 'H47.01',
    });
  });

  describe('with verified tokens remembered', () => {
    it('still refuses a remembered token once it has expired', async () => {
      let now = new Date();
      const remembering = jwtAuthenticator({
        keys: signer.jwks,
        issuer: ISSUER,
        audience: AUDIENCE,
        clockToleranceSeconds: 5,
        now: () => now,
      });
      const token = await signer.sign({ sub: 'G01.003' }, { expiresIn: '10s' });
      expect(await remembering.authenticate(request(token), {})).toMatchObject({ id: 'G01.003' });
      expect(await remembering.authenticate(request(token), {})).toMatchObject({ id: 'G01.003' });
      now = new Date(now.getTime() + 16_000);
      expect(await rejection(remembering.authenticate(request(token), {}))).toMatchObject({
        status: 401,
        code: 'provider.token_expired',
      });
    });

    it('does not take a token with a forged signature for the verified one it resembles', async () => {
      const remembering = auth();
      const token = await signer.sign({ sub: 'G01.003' });
      expect(await remembering.authenticate(request(token), {})).toMatchObject({ id: 'G01.003' });
      const [header, payload] = token.split('.');
      const forgedPayload = Buffer.from(
        JSON.stringify({ ...JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()), sub: 'H47.01' }),
      ).toString('base64url');
      const signature = token.split('.')[2];
      const error = await rejection(
        remembering.authenticate(request(`${header}.${forgedPayload}.${signature}`), {}),
      );
      expect(error).toMatchObject({ status: 401, code: 'provider.token_invalid' });
    });

    it('refuses a token that is not yet valid, even after its twin was accepted later on', async () => {
      let now = new Date();
      const remembering = jwtAuthenticator({
        keys: signer.jwks,
        issuer: ISSUER,
        audience: AUDIENCE,
        clockToleranceSeconds: 0,
        now: () => now,
      });
      const nbf = Math.floor(now.getTime() / 1000) + 60;
      const token = await signer.sign({ sub: 'G01.003', nbf }, { expiresIn: '10m' });
      expect(await rejection(remembering.authenticate(request(token), {}))).toMatchObject({
        code: 'provider.token_claim_nbf',
      });
      now = new Date((nbf + 1) * 1000);
      expect(await remembering.authenticate(request(token), {})).toMatchObject({ id: 'G01.003' });
      now = new Date((nbf - 30) * 1000);
      expect(await rejection(remembering.authenticate(request(token), {}))).toMatchObject({
        code: 'provider.token_claim_nbf',
      });
    });

    it('verifies every request the same way when remembering is turned off', async () => {
      const every = jwtAuthenticator({
        keys: signer.jwks,
        issuer: ISSUER,
        audience: AUDIENCE,
        verifiedTokenCache: false,
      });
      const token = await signer.sign({ sub: 'G01.003' });
      expect(await every.authenticate(request(token), {})).toMatchObject({ id: 'G01.003' });
      expect(await every.authenticate(request(token), {})).toMatchObject({ id: 'G01.003' });
    });
  });

  describe('with a remote JWKS', () => {
    let server: Server;
    let url: string;
    beforeAll(async () => {
      server = createServer((_req, res) => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(signer.jwks));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('fetches the keys and verifies the token', async () => {
      const remote = jwtAuthenticator({ jwksUrl: url, issuer: ISSUER, audience: AUDIENCE });
      expect(await remote.authenticate(request(await signer.sign({ sub: 'G01.003' })), {})).toMatchObject({
        id: 'G01.003',
      });
      expect(
        await rejection(remote.authenticate(request(await impostor.sign({ sub: 'G01.003' })), {})),
      ).toMatchObject({
        status: 401,
      });
    });
  });
});

describe('mtlsAuthenticator', () => {
  it('takes the e-ID from the verified certificate subject', async () => {
    const consumer = await mtlsAuthenticator().authenticate(new Request('https://p.example/'), {
      clientCertificate: { subject: { CN: 'H47.22', O: 'So Noi vu' } },
    });
    expect(consumer).toEqual({ id: 'H47.22', method: 'mutual-tls' });
  });

  it('returns undefined without a certificate and refuses a subject that is not an e-ID', async () => {
    const auth = mtlsAuthenticator();
    expect(await auth.authenticate(new Request('https://p.example/'), {})).toBeUndefined();
    const error = await rejection(
      auth.authenticate(new Request('https://p.example/'), {
        clientCertificate: { subject: { CN: 'server.example' } },
      }),
    );
    expect(error).toMatchObject({ status: 401, code: 'provider.consumer_id_invalid' });
  });
});
