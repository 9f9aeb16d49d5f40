import type { SqlStore } from '@chiase/sql-store';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { communeDescription, communeRecords } from '../../test/fixtures/commune-service';
import { createTestSigner } from '../../test/fixtures/jwt-keys';
import { describeEachBackend } from '../../test/sql-test-backends';
import { createMemoryAccessRights } from '../access/access-rights';
import { jwtAuthenticator } from '../auth/jwt-authenticator';
import { createProvider } from '../core/create-provider';
import { createSqlSharingLog } from '../log/sql-sharing-log';
import { verifySharingLog } from '../log/verify-sharing-log';
import { sqlTableSource } from './sql-table-source';

describeEachBackend('sqlTableSource', (open) => {
  let store: SqlStore;
  beforeAll(async () => {
    store = await open();
    await store.exec(
      'CREATE TABLE "dm xa" ("maXa" text PRIMARY KEY, "tenXa" text, "maTinh" text, "danSo" integer, "chuTich" text, "matKhauNoiBo" text)',
    );
    await store.copyFrom(
      'dm xa',
      ['maXa', 'tenXa', 'maTinh', 'danSo', 'chuTich', 'matKhauNoiBo'],
      communeRecords.map((r) => [r.maXa, r.tenXa, r.maTinh, r.danSo, r.chuTich, r.matKhauNoiBo]),
    );
  });
  afterAll(async () => {
    await store.close();
  });

  it('pages in key order after a key, with filters', async () => {
    const source = sqlTableSource({ store, table: 'dm xa' });
    const page = await source.list({
      filters: [{ field: 'maTinh', value: '91' }],
      key: 'maXa',
      after: '30002',
      limit: 3,
    });
    expect(page.map((r) => r.maXa)).toEqual(['30004', '30005', '30007']);
    expect(await source.count([{ field: 'danSo', value: 1050 }])).toBe(1);
    expect((await source.get('maXa', '30003', [{ field: 'maTinh', value: '89' }]))?.tenXa).toBe('Xã số 4');
    expect(await source.get('maXa', '30003', [{ field: 'maTinh', value: '91' }])).toBeUndefined();
  });

  it('treats values and names as data, never as SQL', async () => {
    const source = sqlTableSource({ store, table: 'dm xa' });
    expect(await source.count([{ field: 'maTinh', value: "91' OR '1'='1" }])).toBe(0);
    await expect(source.count([{ field: 'maTinh" = "maTinh" OR "1', value: '1' }])).rejects.toThrow();
    expect(await source.count([])).toBe(12);
  });

  it('serves a consumer end to end and leaves a verifiable log', async () => {
    const signer = await createTestSigner();
    const log = await createSqlSharingLog({ store, key: 'k' });
    const provider = createProvider({
      services: [
        { description: communeDescription(), source: sqlTableSource({ store, table: 'dm xa' }), key: 'maXa' },
      ],
      authenticators: [
        jwtAuthenticator({
          keys: signer.jwks,
          issuer: 'https://lgsp.angiang.gov.vn',
          audience: 'H47.22.DMX',
        }),
      ],
      accessRights: createMemoryAccessRights([
        {
          consumerId: 'G01.003',
          serviceId: 'H47.22.DMX',
          items: ['maXa', 'danSo'],
          rowFilter: { maTinh: '89' },
        },
      ]),
      sharingLog: log,
    });
    const headers = { authorization: `Bearer ${await signer.sign({ sub: 'G01.003' })}` };
    const responses = await Promise.all(
      ['', '/count', '/30003', '/30004'].map((p) =>
        provider.fetch(new Request(`https://p.example/dmx/1.0/xa${p}`, { headers })),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 404]);
    expect(await responses[0]?.json()).toEqual({
      data: [
        { maXa: '30000', danSo: 1000 },
        { maXa: '30003', danSo: 1030 },
        { maXa: '30006', danSo: 1060 },
        { maXa: '30009', danSo: 1090 },
      ],
      nextCursor: null,
    });
    const verification = await verifySharingLog(store, { key: 'k' });
    expect(verification).toMatchObject({ ok: true, entries: 4 });
  });
});
