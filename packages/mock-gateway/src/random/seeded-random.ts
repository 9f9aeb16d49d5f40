import { deriveSeed } from './hash-string';
import { mulberry32 } from './mulberry32';

/** A seeded source of random choices over {@link mulberry32}; the same seed gives the same choices. */
export class SeededRandom {
  private readonly next01: () => number;

  /** @param seed the seed; `label` (optional) derives an independent stream from the same seed. */
  constructor(seed: number, label?: string) {
    this.next01 = mulberry32(label === undefined ? seed : deriveSeed(seed, label));
  }

  /** The next number in [0, 1). */
  next(): number {
    return this.next01();
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next01() * (max - min + 1));
  }

  /** True with probability `p`. Always draws one number, so the stream stays aligned. */
  chance(p: number): boolean {
    return this.next01() < p;
  }

  /** One element of a non-empty list, uniformly. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('Cannot pick from an empty list');
    return items[Math.floor(this.next01() * items.length)] as T;
  }

  /** One element of a non-empty list, with probability proportional to its weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((sum, [, w]) => sum + w, 0);
    if (items.length === 0 || total <= 0)
      throw new RangeError('Cannot pick from an empty or zero-weight list');
    let target = this.next01() * total;
    for (const [item, weight] of items) {
      target -= weight;
      if (target < 0) return item;
    }
    return (items[items.length - 1] as readonly [T, number])[0];
  }
}
