import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeCsvLine } from './csv-copy-encoder';
import { cutCsvAtRecordEnds } from './csv-record-cutter';

async function collect(iterable: AsyncIterable<Uint8Array>): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for await (const chunk of iterable) out.push(chunk);
  return out;
}

function splitAt(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const parts: Uint8Array[] = [];
  let from = 0;
  for (const p of points) {
    parts.push(bytes.subarray(from, p));
    from = p;
  }
  parts.push(bytes.subarray(from));
  return parts;
}

describe('cutCsvAtRecordEnds', () => {
  it('property: chunks rejoin to the input and each ends at a record end, whatever the input splits', async () => {
    const field = fc.oneof(
      fc.string(),
      fc.constantFrom('a\nb', '"q"', 'Đà Nẵng\r\n', ',', ''),
      fc.constant(null),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(field, { minLength: 1, maxLength: 4 }), { maxLength: 30 }),
        fc.array(fc.nat(), { maxLength: 10 }),
        fc.integer({ min: 1, max: 64 }),
        async (records, cuts, chunkBytes) => {
          const text = records.map((r) => encodeCsvLine(r)).join('');
          const bytes = new TextEncoder().encode(text);
          const chunks = await collect(cutCsvAtRecordEnds(splitAt(bytes, cuts), chunkBytes, undefined));
          expect(Buffer.concat(chunks).toString('utf8')).toBe(text);
          // Every chunk is whole records: its quote count is even and it ends with a line feed.
          for (const chunk of chunks) {
            expect(chunk.filter((b) => b === 0x22).length % 2).toBe(0);
            expect(chunk[chunk.length - 1]).toBe(0x0a);
          }
          for (const chunk of chunks.slice(0, -1)) expect(chunk.length).toBeGreaterThanOrEqual(chunkBytes);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps a final record without a line feed', async () => {
    const chunks = await collect(cutCsvAtRecordEnds(['a,b\n', 'c,"d\ne"'], 1, undefined));
    expect(chunks.map((c) => Buffer.from(c).toString())).toEqual(['a,b\n', 'c,"d\ne"']);
  });
});
