import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMockGateway } from '../src/faces/mock-gateway';
import { sampleServiceDescription } from '../src/fixtures/sample-service-description';
import { responseContractProblems } from './response-contract';

const databaseEntry = JSON.parse(
  readFileSync(
    join(__dirname, '../../schema/test/fixtures/artefacts/database-catalogue-entry/valid/land-database.json'),
    'utf8',
  ),
) as Record<string, unknown>;

/**
 * One pass over the operations of the auth, services, databases, codeLists, national and health groups
 * (the other groups are exercised the same way in src/operations/sharing-operations.test.ts): every
 * answer, success or problem, must be declared by the gateway document and match its schema.
 */
describe('mock responses conform to the gateway document', () => {
  it('for every operation of the core groups, successes and problems alike', async () => {
    const gateway = createMockGateway({ nationalRecords: 50 });
    const problems: string[] = [];
    const seen = new Set<string>();
    const send = async (
      method: string,
      path: string,
      body?: unknown,
      headers: Record<string, string> = {},
    ) => {
      const response = await gateway.fetch(path, {
        method,
        headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      problems.push(...(await responseContractProblems(method, path, response)));
      seen.add(`${method} ${response.status}`);
      return response;
    };
    const token = await gateway.fetch('/token', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials&client_id=test-consumer&client_secret=test-secret',
    });
    problems.push(...(await responseContractProblems('POST', '/token', token)));
    const bearer = {
      authorization: `Bearer ${((await token.json()) as { access_token: string }).access_token}`,
    };
    const call = (method: string, path: string, body?: unknown) => send(method, path, body, bearer);

    await send('GET', '/health');
    await send('GET', '/catalog/1.0/services');
    await call('GET', '/catalog/1.0/services/none');
    await call('PUT', '/catalog/1.0/services/svc-1', { id: 'svc-1' });
    await call('PUT', '/catalog/1.0/services/svc-1', sampleServiceDescription('svc-1'));
    await call('GET', '/catalog/1.0/services?status=published');
    await call('GET', '/catalog/1.0/services/svc-1');
    await call('POST', '/catalog/1.0/services/svc-1/withdrawal', { reason: 'Thay bằng phiên bản 2.' });
    await call('PUT', `/database-catalogue/1.0/databases/${String(databaseEntry.id)}`, databaseEntry);
    await call('GET', '/database-catalogue/1.0/databases');
    await call('GET', `/database-catalogue/1.0/databases/${String(databaseEntry.id)}`);
    await call('DELETE', `/database-catalogue/1.0/databases/${String(databaseEntry.id)}`);
    await call('GET', '/dmdc/1.0/categories');
    await call('GET', '/dmdc/1.0/categories/TINH/items?limit=5');
    await call('GET', '/national/1.0/databases/dancu/entities/citizens/snapshot?limit=5');
    await call('GET', '/national/1.0/databases/dancu/entities/citizens/changes?since=0');
    const subscription = await call('POST', '/national/1.0/subscriptions', {
      database: 'dancu',
      entity: 'citizens',
      callbackUrl: 'https://consumer.example/changes',
      secret: 'a-secret-of-sixteen-chars',
    });
    await call('GET', '/national/1.0/subscriptions');
    const { id } = (await subscription.json()) as { id: string };
    await call('DELETE', `/national/1.0/subscriptions/${id}`);

    expect(problems).toEqual([]);
    expect(seen).toContain('PUT 422');
    expect(seen).toContain('GET 404');
  });
});
