import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { GATEWAY, testClient, useMswServer } from '../../test/gateway-server';

const server = useMswServer();

const ITEMS_JSON = {
  categoryCode: 'TINH',
  version: '2025.07',
  items: [
    {
      code: '01',
      name: 'Thành phố Hà Nội',
      parentCode: null,
      validFrom: '2008-08-01',
      validTo: null,
      replacedBy: [],
    },
    {
      code: '35',
      name: 'Tỉnh Hà Nam',
      parentCode: null,
      validFrom: null,
      validTo: '2025-06-30',
      replacedBy: ['37'],
    },
  ],
  nextCursor: null,
};

const ITEMS_XML = `<?xml version="1.0" encoding="UTF-8"?>
<CodeListItemPage xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <categoryCode>TINH</categoryCode>
  <version>2025.07</version>
  <items>
    <item><code>01</code><name>Thành phố Hà Nội</name><parentCode xsi:nil="true"/><validFrom>2008-08-01</validFrom><validTo/><replacedBy/></item>
    <item><code>35</code><name>Tỉnh Hà Nam</name><parentCode/><validFrom/><validTo>2025-06-30</validTo><replacedBy><code>37</code></replacedBy></item>
  </items>
  <nextCursor xsi:nil="true"/>
</CodeListItemPage>`;

describe('code lists', () => {
  it('reads the same items from JSON and from XML, codes kept as strings', async () => {
    const accepts: (string | null)[] = [];
    server.use(
      http.get(`${GATEWAY}/dmdc/1.0/categories/TINH/items`, ({ request }) => {
        const accept = request.headers.get('accept');
        accepts.push(accept);
        if (accept?.startsWith('application/xml')) {
          return new HttpResponse(ITEMS_XML, {
            headers: { 'Content-Type': 'application/xml; charset=utf-8' },
          });
        }
        return HttpResponse.json(ITEMS_JSON);
      }),
    );
    const client = testClient();
    const fromJson = await client.codeLists.items('TINH');
    const fromXml = await client.codeLists.items('TINH', { format: 'xml' });
    expect(fromXml).toEqual(fromJson);
    expect(fromXml.items[0]?.code).toBe('01');
    expect(fromXml.items[1]?.replacedBy).toEqual(['37']);
    expect(accepts[1]).toMatch(/^application\/xml/);
  });

  it('reads a one-category XML page as a list and counts as numbers', async () => {
    server.use(
      http.get(
        `${GATEWAY}/dmdc/1.0/categories`,
        () =>
          new HttpResponse(
            `<CodeListCategoryPage><items><category><code>DANTOC</code><name>Dân tộc</name><version>1</version><itemCount>54</itemCount><updatedAt>2026-01-01T00:00:00+07:00</updatedAt><itemsUrl>/dmdc/1.0/categories/DANTOC/items</itemsUrl></category></items><nextCursor/></CodeListCategoryPage>`,
            { headers: { 'Content-Type': 'text/xml' } },
          ),
      ),
    );
    const categories = await testClient().codeLists.categories({ format: 'xml' }).toArray();
    expect(categories).toEqual([
      {
        code: 'DANTOC',
        name: 'Dân tộc',
        version: '1',
        itemCount: 54,
        updatedAt: '2026-01-01T00:00:00+07:00',
        itemsUrl: '/dmdc/1.0/categories/DANTOC/items',
      },
    ]);
  });

  it('sends effectiveOn and parentCode filters', async () => {
    let query = '';
    server.use(
      http.get(`${GATEWAY}/dmdc/1.0/categories/XA/items`, ({ request }) => {
        query = new URL(request.url).search;
        return HttpResponse.json({ ...ITEMS_JSON, categoryCode: 'XA', items: [] });
      }),
    );
    await testClient().codeLists.items('XA', { effectiveOn: '2025-07-01', parentCode: '01' });
    expect(new URLSearchParams(query).get('effectiveOn')).toBe('2025-07-01');
    expect(new URLSearchParams(query).get('parentCode')).toBe('01');
  });
});
