import { AsyncLocalStorage } from 'node:async_hooks';
import { SqlUsageError } from '../errors/sql-usage-error';

/** The state of one open transaction, seen by code running inside its callback. */
export interface OpenTransaction {
  /** False once the transaction has committed or rolled back. */
  active: boolean;
}

/**
 * Tracks, per store, which async contexts run inside a transaction callback, so that a call on the
 * store itself from there fails fast instead of deadlocking (PGlite) or escaping the transaction (pg).
 */
export class TransactionScope {
  readonly #storage = new AsyncLocalStorage<OpenTransaction>();

  /** Runs `fn` marked as inside `open`. */
  run<T>(open: OpenTransaction, fn: () => Promise<T>): Promise<T> {
    return this.#storage.run(open, fn);
  }

  /** Throws when called from inside an active transaction callback of this store. */
  assertOutside(): void {
    if (this.#storage.getStore()?.active === true) {
      throw new SqlUsageError('sql.outside_transaction', {
        vi: 'Đang trong transaction(): hãy dùng đối tượng tx được truyền vào, không dùng store',
        en: 'Inside transaction(): use the tx handle passed to the callback, not the store',
      });
    }
  }
}

/** Throws when a transaction handle is used after its transaction ended. */
export function assertActive(open: OpenTransaction): void {
  if (!open.active) {
    throw new SqlUsageError('sql.transaction_closed', {
      vi: 'Transaction đã kết thúc; không dùng lại đối tượng tx bên ngoài callback',
      en: 'The transaction has ended; do not keep the tx handle beyond its callback',
    });
  }
}
