import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { responseContractProblems } from '../../test/response-contract';
import { createManualClock } from '../clock/manual-clock';
import { createMockGateway } from '../faces/mock-gateway';

async function client(at = '2026-03-01T00:00:00Z') {
  const gateway = createMockGateway({ clock: createManualClock(at), nationalRecords: 1 });
  const response = await gateway.fetch('/token', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials&client_id=test-consumer&client_secret=test-secret',
  });
  const { access_token } = (await response.json()) as { access_token: string };
  return async (path: string, accept = 'application/json') => {
    const answer = await gateway.fetch(path, {
      headers: { authorization: `Bearer ${access_token}`, accept },
    });
    expect(await responseContractProblems('GET', path, answer)).toEqual([]);
    return answer;
  };
}

type ItemPage = {
  version: string;
  items: { code: string; name: string; validTo: string | null; replacedBy: string[] }[];
  nextCursor: string | null;
};

describe('common code lists', () => {
  it('lists the categories with the number of items valid today', async () => {
    const get = await client();
    const page = (await (await get('/dmdc/1.0/categories')).json()) as {
      items: { code: string; itemCount: number; itemsUrl: string }[];
    };
    expect(page.items.map((c) => [c.code, c.itemCount])).toEqual([
      ['DANTOC', 54],
      ['TINH', 34],
    ]);
    expect(page.items[1]?.itemsUrl).toBe('/dmdc/1.0/categories/TINH/items');
  });

  it('serves the 34 provinces after the 2025 merger, and the 63 before it with their successors', async () => {
    const get = await client();
    const now = (await (await get('/dmdc/1.0/categories/TINH/items?limit=1000')).json()) as ItemPage;
    expect(now.items).toHaveLength(34);
    expect(now.items.find((i) => i.code === '01')?.name).toBe('Thành phố Hà Nội');
    const before = (await (
      await get('/dmdc/1.0/categories/TINH/items?limit=1000&effectiveOn=2025-06-30')
    ).json()) as ItemPage;
    expect(before.items).toHaveLength(63);
    expect(before.items.find((i) => i.code === '02')).toMatchObject({
      validTo: '2025-06-30',
      replacedBy: ['08'],
    });
  });

  it('answers XML when asked, with the same items', async () => {
    const get = await client();
    const response = await get('/dmdc/1.0/categories/DANTOC/items?limit=5', 'application/xml');
    expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    const xml = new XMLParser({ parseTagValue: false }).parse(await response.text());
    const json = (await (await get('/dmdc/1.0/categories/DANTOC/items?limit=5')).json()) as ItemPage;
    expect(xml.CodeListItemPage.categoryCode).toBe('DANTOC');
    expect(xml.CodeListItemPage.items.item.map((i: { code: string }) => i.code)).toEqual(
      json.items.map((i) => i.code),
    );
    expect(xml.CodeListItemPage.nextCursor).toBe(json.nextCursor);
    expect((await get('/dmdc/1.0/categories', 'text/csv')).status).toBe(406);
  });

  it('pages the 54 ethnic groups and answers 404 for an unknown list', async () => {
    const get = await client();
    const first = (await (await get('/dmdc/1.0/categories/DANTOC/items?limit=50')).json()) as ItemPage;
    const second = (await (
      await get(`/dmdc/1.0/categories/DANTOC/items?limit=50&cursor=${first.nextCursor}`)
    ).json()) as ItemPage;
    expect(first.items.length + second.items.length).toBe(54);
    expect(second.nextCursor).toBeNull();
    expect(first.items[0]).toMatchObject({ code: '01', name: 'Kinh' });
    expect((await get('/dmdc/1.0/categories/NOPE/items')).status).toBe(404);
  });
});
