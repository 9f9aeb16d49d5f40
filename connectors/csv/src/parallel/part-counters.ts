/**
 * Counters the two threads of a two-part validation share through a SharedArrayBuffer: rejected
 * rows of each part (read by both, for `maxErrors`), and the later part's progress (for the
 * run's progress events).
 */
export class PartCounters {
  private readonly ints: Int32Array;
  private readonly floats: Float64Array;

  /** Counters over `buffer` (a new one by default); pass `buffer` to the other thread. */
  constructor(readonly buffer: SharedArrayBuffer = new SharedArrayBuffer(32)) {
    this.ints = new Int32Array(buffer, 0, 4);
    this.floats = new Float64Array(buffer, 16, 2);
  }

  /** Counts one rejected row of `part` (0: first, 1: later); returns the rejected rows of both parts. */
  addInvalid(part: 0 | 1): number {
    const mine = Atomics.add(this.ints, part, 1) + 1;
    return mine + Atomics.load(this.ints, 1 - part);
  }

  /** Rejected rows of both parts. */
  get invalidRows(): number {
    return Atomics.load(this.ints, 0) + Atomics.load(this.ints, 1);
  }

  /** Rejected rows of the later part. */
  get laterInvalidRows(): number {
    return Atomics.load(this.ints, 1);
  }

  /** The later part's data rows (valid and rejected) and bytes read so far. */
  get later(): { rows: number; bytes: number } {
    return { rows: Atomics.load(this.ints, 2), bytes: this.floats[0] as number };
  }

  /** Publishes the later part's progress (called by its thread after each batch). */
  setLater(rows: number, bytes: number): void {
    this.floats[0] = bytes;
    Atomics.store(this.ints, 2, rows);
  }
}
