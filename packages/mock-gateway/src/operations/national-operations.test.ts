import { checkPersonalId } from '@chiase/schema';
import { describe, expect, it } from 'vitest';
import { responseContractProblems } from '../../test/response-contract';
import { createManualClock } from '../clock/manual-clock';
import { createMockGateway, type MockGateway } from '../faces/mock-gateway';

const BASE = '/national/1.0/databases/dancu/entities/citizens';
type Record_ = { key: string; version: number; data: { personalId: string; fullName: string } };
type Change = { sequence: number; type: 'upsert' | 'delete'; key: string; record: Record_ | null };

async function authorised(gateway: MockGateway): Promise<(path: string) => Promise<Response>> {
  const response = await gateway.fetch('/token', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials&client_id=test-consumer&client_secret=test-secret',
  });
  const { access_token } = (await response.json()) as { access_token: string };
  return async (path) => {
    const answer = await gateway.fetch(path, { headers: { authorization: `Bearer ${access_token}` } });
    expect(await responseContractProblems('GET', path, answer)).toEqual([]);
    return answer;
  };
}

async function readAll<T>(
  get: (path: string) => Promise<Response>,
  first: string,
): Promise<{ items: T[]; last: Record<string, unknown> }> {
  const items: T[] = [];
  let path: string | null = first;
  let last: Record<string, unknown> = {};
  while (path !== null) {
    last = (await (await get(path)).json()) as Record<string, unknown>;
    items.push(...(last.items as T[]));
    const next = last.nextCursor as string | null;
    path = next === null ? null : `${first.split('?')[0]}?limit=250&cursor=${encodeURIComponent(next)}`;
  }
  return { items, last };
}

describe('national population database fixture', () => {
  it('generates the same valid people for the same seed', () => {
    const a = createMockGateway({ seed: 5, nationalRecords: 300 }).state.national.recordsAt(0);
    const b = createMockGateway({ seed: 5, nationalRecords: 300 }).state.national.recordsAt(0);
    const c = createMockGateway({ seed: 6, nationalRecords: 300 }).state.national.recordsAt(0);
    expect(a).toHaveLength(300);
    expect(b.map((r) => r.data)).toEqual(a.map((r) => r.data));
    expect(c.map((r) => r.key)).not.toEqual(a.map((r) => r.key));
    for (const record of a) {
      const check = checkPersonalId(record.key, { birthDate: record.data.birthDate, sex: record.data.sex });
      expect(check.ok, record.key).toBe(true);
      expect(record.data.fullName).toBe(record.data.fullName.normalize('NFC'));
    }
    expect(
      a.some((r) => /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(r.data.fullName)),
    ).toBe(true);
  });

  it('mirrors: a snapshot plus the changes since equals the current state, deletes included', async () => {
    const clock = createManualClock('2026-02-01T00:00:00Z');
    const gateway = createMockGateway({ clock, seed: 9, nationalRecords: 700 });
    const get = await authorised(gateway);
    const snapshot = await readAll<Record_>(get, `${BASE}/snapshot?limit=250`);
    expect(snapshot.items).toHaveLength(700);
    const since = snapshot.last.snapshotAt as string;

    // Changes made while the snapshot is being read do not leak into its later pages.
    const first = (await (await get(`${BASE}/snapshot?limit=100`)).json()) as {
      nextCursor: string;
      items: Record_[];
    };
    clock.advance(1000);
    const made = gateway.state.national.generateChanges(120);
    expect(new Set(made.map((c) => c.type))).toEqual(new Set(['upsert', 'delete']));
    const rest = await readAll<Record_>(
      get,
      `${BASE}/snapshot?limit=250&cursor=${encodeURIComponent(first.nextCursor)}`,
    );
    expect(first.items.length + rest.items.length).toBe(700);

    const mirror = new Map(snapshot.items.map((r) => [r.key, r]));
    const changes = await readAll<Change>(get, `${BASE}/changes?limit=50&since=${encodeURIComponent(since)}`);
    expect(changes.items.map((c) => c.sequence)).toEqual(made.map((c) => c.sequence));
    for (const change of changes.items) {
      if (change.type === 'delete') mirror.delete(change.key);
      else mirror.set(change.key, change.record as Record_);
    }
    const current = gateway.state.national.recordsAt(gateway.state.national.lastSequence);
    expect([...mirror.values()].sort((a, b) => (a.key < b.key ? -1 : 1))).toEqual(current);

    // Polling again from `until` sees only newer changes.
    const until = changes.last.until as string;
    gateway.state.national.generateChanges(3);
    const again = await readAll<Change>(get, `${BASE}/changes?since=${encodeURIComponent(until)}`);
    expect(again.items).toHaveLength(3);
  });

  it('answers 410 for a since older than the feed, 404 for another database, 400 without since', async () => {
    const gateway = createMockGateway({
      clock: createManualClock('2026-02-01T00:00:00Z'),
      nationalRecords: 10,
    });
    const get = await authorised(gateway);
    const old = await get(`${BASE}/changes?since=2020-01-01T00:00:00Z`);
    expect(old.status).toBe(410);
    expect(await old.json()).toMatchObject({ code: 'cursor_expired' });
    expect((await get('/national/1.0/databases/other/entities/citizens/snapshot')).status).toBe(404);
    expect((await get(`${BASE}/changes`)).status).toBe(400);
  });
});
