import type { SqlStore, SqlTransaction } from '../src/store/sql-store';

/** A transaction kept open on purpose, as by a peer that hung inside it. */
export interface HeldTransaction {
  /** Lets the transaction commit, and resolves once it has. */
  release(): Promise<void>;
}

/**
 * Starts a transaction on `store`, runs `inside` in it, and keeps it open until `release()`. Resolves
 * once `inside` has run, so that whatever it took (the connection, a lock) is held from then on.
 */
export async function holdTransaction(
  store: SqlStore,
  inside: (tx: SqlTransaction) => Promise<unknown>,
): Promise<HeldTransaction> {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let entered = () => {};
  const ready = new Promise<void>((resolve) => {
    entered = resolve;
  });
  const holding = store.transaction(async (tx) => {
    await inside(tx);
    entered();
    await released;
  });
  await Promise.race([ready, holding]);
  return {
    release: async () => {
      release();
      await holding;
    },
  };
}
