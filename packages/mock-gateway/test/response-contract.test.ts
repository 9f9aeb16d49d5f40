import { describe, expect, it } from 'vitest';
import { responseContractProblems } from './response-contract';

describe('responseContractProblems', () => {
  it('accepts a declared problem answer', async () => {
    const problem = Response.json(
      { type: 'about:blank', title: 'Not Found', status: 404, requestId: 'r-1' },
      { status: 404, headers: { 'content-type': 'application/problem+json' } },
    );
    expect(await responseContractProblems('GET', '/catalog/1.0/services/x', problem)).toEqual([]);
  });

  it('names a body its schema rejects, an undeclared status and an unknown route', async () => {
    const entry = Response.json({ id: 'x', etag: '"1"' });
    const problems = await responseContractProblems('GET', '/open-data/1.0/datasets/x', entry);
    expect(problems.join('\n')).toMatch(/openData\.getDataset 200: \/ must have required property/);
    const teapot = new Response(null, { status: 418 });
    expect(await responseContractProblems('GET', '/health', teapot)).toEqual([
      'health.get 418: status not declared',
    ]);
    expect(await responseContractProblems('GET', '/nowhere', teapot)).toEqual([
      'no operation of the spec serves GET /nowhere, yet it answered 418',
    ]);
  });

  it('accepts only a generic 404 or 405 problem for a request no operation serves', async () => {
    const problem = (status: number, headers: Record<string, string> = {}) =>
      Response.json(
        { type: 'about:blank', title: 'Method Not Allowed', status },
        { status, headers: { 'content-type': 'application/problem+json', ...headers } },
      );
    expect(await responseContractProblems('GET', '/nowhere', problem(404))).toEqual([]);
    expect(await responseContractProblems('GET', '/token', problem(405, { allow: 'POST' }))).toEqual([]);
    expect(await responseContractProblems('GET', '/token', problem(405))).toEqual([
      'GET /token 405: no Allow header',
    ]);
    const notProblem = Response.json({ status: 'x' }, { status: 404 });
    expect(await responseContractProblems('GET', '/nowhere', notProblem)).toEqual([
      'GET /nowhere 404: not application/problem+json',
    ]);
  });
});
