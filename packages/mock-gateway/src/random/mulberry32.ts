/**
 * mulberry32: a tiny 32-bit seeded PRNG (Tommy Ettinger's construction). Not cryptographic; used
 * so that the same seed always gives the same faults and fixtures.
 *
 * @param seed any integer; only its low 32 bits are used.
 * @returns a function giving the next number in [0, 1).
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
