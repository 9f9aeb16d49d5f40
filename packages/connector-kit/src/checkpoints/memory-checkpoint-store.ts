import type { Checkpoint, CheckpointStore } from '../spec/checkpoint';

/** A checkpoint store in memory: for tests and one-off runs that need no resume across processes. */
export function createMemoryCheckpointStore(): CheckpointStore {
  const saved = new Map<string, string>();
  return {
    async load(key) {
      const text = saved.get(key);
      if (text === undefined) return undefined;
      const parsed = JSON.parse(text) as Omit<Checkpoint, 'savedAt'> & { savedAt: string };
      return { ...parsed, savedAt: new Date(parsed.savedAt) };
    },
    async save(key, checkpoint) {
      // Stored as JSON so that a caller mutating its object later cannot change what was saved.
      saved.set(key, JSON.stringify(checkpoint));
    },
    async clear(key) {
      saved.delete(key);
    },
  };
}
