import type { LocalizedMessage } from '@chiase/schema';
import type { SqlExecutor } from '@chiase/sql-store';
import { GENESIS_HASH, logEntryHash } from './log-entry-hash';
import type { StoredSharingLogRecord } from './sharing-log-record';
import { recordFromRow, type SharingLogRow } from './sharing-log-row';

/** How the chain is broken at the first bad entry. */
export type SharingLogProblem = 'modified' | 'deleted' | 'inserted' | 'reordered';

/** Options of {@link verifySharingLog}. */
export interface VerifySharingLogOptions {
  /** The log's HMAC key, when it was written with one. */
  key?: string | Uint8Array;
  /**
   * The last entry known from outside the database (e.g. printed in last year's assessment): entries
   * removed from the end of the log are detected only against it.
   */
  expectedHead?: { seq: number; entryHash: string };
  /** Rows read per query. Default 1000. */
  pageSize?: number;
}

/** The outcome of {@link verifySharingLog}. */
export interface SharingLogVerification {
  /** True when the whole chain holds. */
  ok: boolean;
  /** Entries read. */
  entries: number;
  /** The last entry of the log, when there is one. */
  head?: { seq: number; entryHash: string };
  /** The first entry where the chain breaks. */
  firstBad?: {
    /** The position of the bad entry (for `deleted`: of the first missing one). */
    seq: number;
    /** What happened there. */
    problem: SharingLogProblem;
    /** What was found, in both languages. */
    message: LocalizedMessage;
  };
}

function bad(
  seq: number,
  problem: SharingLogProblem,
  vi: string,
  en: string,
): SharingLogVerification['firstBad'] {
  return { seq, problem, message: { vi, en } };
}

/**
 * Walks the sharing log in order and checks every seal and link (Decree 47/2020 Art. 45: a log that
 * can settle disputes must show it was not changed). Names the first bad entry and what happened:
 * - `modified`: the entry does not match its own seal;
 * - `inserted`: the entry after it links past it, to the entry before;
 * - `reordered`: the entry links to one that comes later;
 * - `deleted`: the entry it links to is missing, or its position skips numbers, or the log ends
 *   before `expectedHead`.
 */
export async function verifySharingLog(
  store: SqlExecutor,
  options: VerifySharingLogOptions = {},
): Promise<SharingLogVerification> {
  const pageSize = options.pageSize ?? 1000;
  let previous: StoredSharingLogRecord | undefined;
  let entries = 0;
  let after = 0;
  const result = (firstBad?: SharingLogVerification['firstBad']): SharingLogVerification => {
    const head = previous === undefined ? undefined : { seq: previous.seq, entryHash: previous.entryHash };
    return {
      ok: firstBad === undefined,
      entries,
      ...(head ? { head } : {}),
      ...(firstBad ? { firstBad } : {}),
    };
  };
  for (;;) {
    const page = await store.query<SharingLogRow>(
      'SELECT * FROM chiase_sharing_log WHERE seq > $1 ORDER BY seq LIMIT $2',
      [after, pageSize],
    );
    for (const row of page.rows) {
      const entry = recordFromRow(row);
      entries += 1;
      const expectedSeq = (previous?.seq ?? 0) + 1;
      const expectedPrev = previous?.entryHash ?? GENESIS_HASH;
      if (logEntryHash(entry.prevHash, entry, options.key) !== entry.entryHash) {
        return result(
          bad(
            entry.seq,
            'modified',
            `Mục ${entry.seq} của nhật ký đã bị sửa: nội dung không khớp với mã băm niêm phong.`,
            `Log entry ${entry.seq} was modified: its content does not match its seal.`,
          ),
        );
      }
      if (entry.prevHash !== expectedPrev) {
        if (previous !== undefined && entry.prevHash === previous.prevHash) {
          return result(
            bad(
              previous.seq,
              'inserted',
              `Mục ${previous.seq} của nhật ký đã bị chèn thêm: mục sau nó liên kết thẳng tới mục trước nó.`,
              `Log entry ${previous.seq} was inserted: the entry after it links straight to the one before.`,
            ),
          );
        }
        const later = await store.query<{ seq: string | number }>(
          'SELECT seq FROM chiase_sharing_log WHERE entry_hash = $1 AND seq > $2 LIMIT 1',
          [entry.prevHash, entry.seq],
        );
        if (later.rows[0] !== undefined) {
          return result(
            bad(
              entry.seq,
              'reordered',
              `Mục ${entry.seq} của nhật ký đã bị đổi thứ tự: nó liên kết tới mục ${later.rows[0].seq} ở sau.`,
              `Log entry ${entry.seq} was reordered: it links to entry ${later.rows[0].seq}, which comes later.`,
            ),
          );
        }
        return result(
          bad(
            expectedSeq,
            'deleted',
            `Nhật ký thiếu mục trước mục ${entry.seq}: mục mà nó liên kết tới đã bị xóa hoặc thay thế.`,
            `The log is missing an entry before entry ${entry.seq}: the entry it links to was deleted or replaced.`,
          ),
        );
      }
      if (entry.seq !== expectedSeq) {
        return result(
          bad(
            expectedSeq,
            'deleted',
            `Nhật ký thiếu mục ${expectedSeq}: số thứ tự nhảy từ ${expectedSeq - 1} lên ${entry.seq}.`,
            `Log entry ${expectedSeq} is missing: the numbering jumps from ${expectedSeq - 1} to ${entry.seq}.`,
          ),
        );
      }
      previous = entry;
      after = entry.seq;
    }
    if (page.rows.length < pageSize) break;
  }
  const head = options.expectedHead;
  if (head !== undefined) {
    const last = previous?.seq ?? 0;
    if (last < head.seq) {
      return result(
        bad(
          last + 1,
          'deleted',
          `Nhật ký kết thúc ở mục ${last}, nhưng đã biết có mục ${head.seq}: các mục cuối đã bị xóa.`,
          `The log ends at entry ${last}, but entry ${head.seq} is known: the last entries were deleted.`,
        ),
      );
    }
    const known = await store.query<{ entry_hash: string }>(
      'SELECT entry_hash FROM chiase_sharing_log WHERE seq = $1',
      [head.seq],
    );
    if (known.rows[0]?.entry_hash !== head.entryHash) {
      return result(
        bad(
          head.seq,
          'modified',
          `Mục ${head.seq} không còn là mục đã biết: nhật ký đã bị viết lại.`,
          `Entry ${head.seq} is not the one known: the log was rewritten.`,
        ),
      );
    }
  }
  return result();
}
