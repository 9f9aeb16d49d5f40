import type { Clock } from '../clock/clock';
import { entityTag } from '../conventions/entity-tag';

/** One entry of a catalogue as the gateway holds it. */
export interface CatalogueEntry<T> {
  /** The entry id (one URL path segment). */
  readonly id: string;
  /** Version number, 1 on creation. */
  readonly version: number;
  /** The current strong entity tag. */
  readonly etag: string;
  /** When it was created (ISO 8601). */
  readonly registeredAt: string;
  /** When it last changed (ISO 8601). */
  readonly updatedAt: string;
  /** Epoch ms of `updatedAt`, for `updatedSince` filters. */
  readonly updatedAtMs: number;
  /** The consumer key that created it. */
  readonly owner: string;
  /** The stored document. */
  readonly value: T;
}

/**
 * An in-memory catalogue of documents keyed by id, each with a version, an ETag and creation and
 * update times from the gateway clock. Entries are listed in id order (stable cursors).
 */
export class CatalogueStore<T> {
  private readonly entries = new Map<string, CatalogueEntry<T>>();

  constructor(private readonly clock: Clock) {}

  /** The entry with `id`, or `undefined`. */
  get(id: string): CatalogueEntry<T> | undefined {
    return this.entries.get(id);
  }

  /** True when an entry with `id` exists. */
  has(id: string): boolean {
    return this.entries.has(id);
  }

  /** Adds a new entry (version 1). Overwrites nothing: callers check {@link has} first. */
  create(id: string, owner: string, value: T): CatalogueEntry<T> {
    const now = this.clock.now();
    const iso = new Date(now).toISOString();
    const entry: CatalogueEntry<T> = {
      id,
      version: 1,
      etag: entityTag(1, value),
      registeredAt: iso,
      updatedAt: iso,
      updatedAtMs: now,
      owner,
      value,
    };
    this.entries.set(id, entry);
    return entry;
  }

  /** Replaces the document of an existing entry, bumping its version and ETag. */
  update(id: string, value: T): CatalogueEntry<T> {
    const current = this.entries.get(id);
    if (current === undefined) throw new RangeError(`No catalogue entry ${id}`);
    const now = this.clock.now();
    const version = current.version + 1;
    const entry: CatalogueEntry<T> = {
      ...current,
      version,
      etag: entityTag(version, value),
      updatedAt: new Date(now).toISOString(),
      updatedAtMs: now,
      value,
    };
    this.entries.set(id, entry);
    return entry;
  }

  /** Removes an entry; true when there was one. */
  delete(id: string): boolean {
    return this.entries.delete(id);
  }

  /** Every entry, in id order. */
  list(): CatalogueEntry<T>[] {
    return [...this.entries.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /** Number of entries. */
  get size(): number {
    return this.entries.size;
  }

  /** Puts back an entry exactly as it was (from a saved snapshot), version and ETag included. */
  restore(entry: CatalogueEntry<T>): void {
    this.entries.set(entry.id, entry);
  }

  /** Removes every entry. */
  clear(): void {
    this.entries.clear();
  }
}
