import { expect, it } from 'vitest';
import { describeEachBackend } from '../../test/sql-test-backends';
import { createSqlAccessRights } from './sql-access-rights';

describeEachBackend('createSqlAccessRights', (open) => {
  it('keeps grants across instances, replaces a grant for the same consumer and service, and revokes', async () => {
    const store = await open();
    try {
      const rights = await createSqlAccessRights({ store });
      expect(await rights.find('H47.16', 'H47.22.DMX')).toBeUndefined();
      await rights.grant({
        consumerId: 'H47.16',
        serviceId: 'H47.22.DMX',
        items: ['maXa', 'tenXa'],
        rowFilter: { maTinh: '91', danSo: 1000 },
        quota: { perMinute: 60 },
        purpose: 'Đối chiếu mã xã',
        accountId: 'stp-angiang',
        validUntil: new Date('2026-12-31T17:00:00Z'),
      });
      await rights.grant({ consumerId: 'H47.17', serviceId: 'H47.22.DMX', items: ['maXa'] });

      // A restarted provider (a new instance on the same database) finds the same grants.
      const again = await createSqlAccessRights({ store });
      expect(await again.find('H47.16', 'H47.22.DMX')).toEqual({
        consumerId: 'H47.16',
        serviceId: 'H47.22.DMX',
        items: ['maXa', 'tenXa'],
        rowFilter: { maTinh: '91', danSo: 1000 },
        quota: { perMinute: 60 },
        purpose: 'Đối chiếu mã xã',
        accountId: 'stp-angiang',
        validUntil: new Date('2026-12-31T17:00:00Z'),
      });
      expect(await again.find('H47.17', 'H47.22.DMX')).toEqual({
        consumerId: 'H47.17',
        serviceId: 'H47.22.DMX',
        items: ['maXa'],
      });

      await again.grant({
        consumerId: 'H47.16',
        serviceId: 'H47.22.DMX',
        items: ['maXa'],
        quota: { perDay: 10 },
      });
      expect(await rights.find('H47.16', 'H47.22.DMX')).toEqual({
        consumerId: 'H47.16',
        serviceId: 'H47.22.DMX',
        items: ['maXa'],
        quota: { perDay: 10 },
      });
      expect((await rights.list()).map((g) => g.consumerId)).toEqual(['H47.16', 'H47.17']);

      expect(await rights.revoke('H47.16', 'H47.22.DMX')).toBe(true);
      expect(await rights.revoke('H47.16', 'H47.22.DMX')).toBe(false);
      expect(await again.find('H47.16', 'H47.22.DMX')).toBeUndefined();
    } finally {
      await store.close();
    }
  });
});
