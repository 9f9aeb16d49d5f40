import type { Clock } from '../clock/clock';
import { anotherProvince, generatePerson, type PersonData } from '../fixtures/person-generator';
import { SeededRandom } from '../random/seeded-random';

/** One record of a national database entity (`NationalRecord` of the spec). */
export interface NationalRecord {
  readonly key: string;
  readonly version: number;
  readonly updatedAt: string;
  readonly data: PersonData;
}

/** One change of the feed (`NationalChange` of the spec), with the record before it, to rebuild snapshots. */
export interface NationalChange {
  readonly sequence: number;
  readonly type: 'upsert' | 'delete';
  readonly key: string;
  readonly changedAt: string;
  /** Epoch ms of `changedAt`; strictly increasing along the feed. */
  readonly changedAtMs: number;
  readonly record: NationalRecord | null;
  readonly previous: NationalRecord | null;
}

/** The database and entity codes the fixture answers on (`/national/1.0/databases/dancu/entities/citizens`). */
export const POPULATION_DATABASE = { database: 'dancu', entity: 'citizens' } as const;

/**
 * The population database fixture: person records generated from the seed, and a change feed
 * (TT 13/2017/TT-BTTTT Art. 21.2b: changed-since reads, deletes included) that
 * {@link generateChanges} extends, so a mirror can be tested.
 */
export class NationalDatabase {
  private readonly records = new Map<string, NationalRecord>();
  private readonly feed: NationalChange[] = [];
  private readonly taken = new Set<string>();
  private readonly random: SeededRandom;
  /** Epoch ms from which the change feed is complete; an older `since` gets 410. */
  readonly feedStartMs: number;

  constructor(
    private readonly clock: Clock,
    seed: number,
    count: number,
  ) {
    this.random = new SeededRandom(seed, 'national');
    const now = clock.now();
    this.feedStartMs = now;
    for (let i = 0; i < count; i++) {
      const data = generatePerson(this.random, this.taken);
      const updatedAt = new Date(now - this.random.int(1, 3 * 365) * 86_400_000).toISOString();
      this.records.set(data.personalId, { key: data.personalId, version: 1, updatedAt, data });
    }
  }

  /** Number of current records. */
  get size(): number {
    return this.records.size;
  }

  /** The current record with `key`. */
  get(key: string): NationalRecord | undefined {
    return this.records.get(key);
  }

  /** The change feed, oldest first (a copy). */
  changes(): NationalChange[] {
    return [...this.feed];
  }

  /** Sequence number of the newest change (0 when none). */
  get lastSequence(): number {
    return this.feed[this.feed.length - 1]?.sequence ?? 0;
  }

  /** Epoch ms of the newest change, or of the feed start. */
  get lastChangedAtMs(): number {
    return this.feed[this.feed.length - 1]?.changedAtMs ?? this.feedStartMs;
  }

  /**
   * Records `n` random changes (about 60% updates, 25% new people, 15% deletes), each at a distinct
   * instant on or after the gateway clock, and returns them.
   */
  generateChanges(n: number): NationalChange[] {
    const made: NationalChange[] = [];
    for (let i = 0; i < n; i++) {
      const roll = this.random.next();
      const keys = [...this.records.keys()];
      if (roll < 0.25 || keys.length === 0) {
        const data = generatePerson(this.random, this.taken);
        made.push(this.apply('upsert', data.personalId, data));
      } else {
        const key = this.random.pick(keys);
        const current = this.records.get(key) as NationalRecord;
        if (roll < 0.85) {
          made.push(
            this.apply('upsert', key, {
              ...current.data,
              provinceCode: anotherProvince(this.random, current.data.provinceCode),
            }),
          );
        } else {
          made.push(this.apply('delete', key, undefined));
        }
      }
    }
    return made;
  }

  /** Records in key order as they stood right after change `sequence` (0: before any change). */
  recordsAt(sequence: number): NationalRecord[] {
    const state = new Map(this.records);
    for (let i = this.feed.length - 1; i >= 0; i--) {
      const change = this.feed[i] as NationalChange;
      if (change.sequence <= sequence) break;
      if (change.previous === null) state.delete(change.key);
      else state.set(change.key, change.previous);
    }
    return [...state.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  private apply(type: 'upsert' | 'delete', key: string, data: PersonData | undefined): NationalChange {
    const changedAtMs = Math.max(this.clock.now(), this.lastChangedAtMs + 1);
    const changedAt = new Date(changedAtMs).toISOString();
    const previous = this.records.get(key) ?? null;
    let record: NationalRecord | null = null;
    if (type === 'upsert' && data !== undefined) {
      record = { key, version: (previous?.version ?? 0) + 1, updatedAt: changedAt, data };
      this.records.set(key, record);
    } else {
      this.records.delete(key);
    }
    const change: NationalChange = {
      sequence: this.lastSequence + 1,
      type,
      key,
      changedAt,
      changedAtMs,
      record,
      previous,
    };
    this.feed.push(change);
    return change;
  }
}
