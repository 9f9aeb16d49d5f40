import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { GATEWAY, testClient, useMswServer } from '../../test/gateway-server';
import { PermissionDeniedError } from '../errors/status-errors';

const server = useMswServer();

describe('service invocation', () => {
  it('sends a JSON body with the operation and returns the provider answer', async () => {
    let seen: { operation: string | null; body: unknown; auth: string | null } | undefined;
    server.use(
      http.post(`${GATEWAY}/invoke/1.0/services/H47.DKDN`, async ({ request }) => {
        seen = {
          operation: new URL(request.url).searchParams.get('operation'),
          body: await request.json(),
          auth: request.headers.get('authorization'),
        };
        return HttpResponse.json({ maSoDoanhNghiep: '0100109106', tenDoanhNghiep: 'Công ty A' });
      }),
    );
    const answer = await testClient().invoke<{ maSoDoanhNghiep: string }>('H47.DKDN', {
      operation: '/chiTietDoanhNghiep',
      json: { maSoDoanhNghiep: '0100109106' },
    });
    expect(answer.maSoDoanhNghiep).toBe('0100109106');
    expect(seen).toEqual({
      operation: '/chiTietDoanhNghiep',
      body: { maSoDoanhNghiep: '0100109106' },
      auth: 'Bearer test-token-1',
    });
  });

  it('sends a SOAP envelope and reads the XML answer without namespace prefixes', async () => {
    let contentType: string | null = null;
    server.use(
      http.post(`${GATEWAY}/invoke/1.0/services/soap-svc`, ({ request }) => {
        contentType = request.headers.get('content-type');
        return new HttpResponse(
          '<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><r:Result xmlns:r="urn:x"><r:Code>0100109106</r:Code></r:Result></s:Body></s:Envelope>',
          { headers: { 'Content-Type': 'text/xml; charset=utf-8' } },
        );
      }),
    );
    const answer = await testClient().invoke('soap-svc', {
      xml: '<Envelope/>',
      contentType: 'text/xml',
    });
    expect(contentType).toBe('text/xml; charset=utf-8');
    expect(answer).toEqual({ Envelope: { Body: { Result: { Code: '0100109106' } } } });
  });

  it('throws PermissionDeniedError without an accepted connection', async () => {
    server.use(
      http.post(`${GATEWAY}/invoke/1.0/services/closed`, () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Forbidden', status: 403, code: 'forbidden' },
          { status: 403 },
        ),
      ),
    );
    await expect(testClient().invoke('closed')).rejects.toSatisfy(PermissionDeniedError.isInstance);
  });
});

describe('health', () => {
  it('checks health without authentication', async () => {
    let auth: string | null = 'unset';
    server.use(
      http.get(`${GATEWAY}/health`, ({ request }) => {
        auth = request.headers.get('authorization');
        return HttpResponse.json({ status: 'ok', version: '1.0.0', time: '2026-03-02T08:00:00+07:00' });
      }),
    );
    await expect(testClient().health()).resolves.toMatchObject({ status: 'ok', version: '1.0.0' });
    expect(auth).toBeNull();
  });
});
