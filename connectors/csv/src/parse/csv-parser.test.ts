import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromChunks, splitAt } from '../../test/chunked';
import { decodeText } from '../encoding/decode-text';
import { CsvSyntaxError } from '../errors/csv-syntax-error';
import { CsvParser, type CsvRow } from './csv-parser';
import { parseCsv } from './parse-csv';

const FIXTURES = join(import.meta.dirname, '../../test/fixtures/awkward');
const corpus = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.csv'))
  .map((f) => {
    const expected = JSON.parse(readFileSync(join(FIXTURES, f.replace(/\.csv$/, '.json')), 'utf8')) as {
      delimiter: string;
      rows: [number, string[]][];
    };
    return { name: f, bytes: new Uint8Array(readFileSync(join(FIXTURES, f))), expected };
  });

async function parseBytes(
  bytes: Uint8Array,
  cuts: number[],
): Promise<{ rows: CsvRow[]; delimiter?: string }> {
  const rows: CsvRow[] = [];
  for await (const batch of parseCsv(decodeText(fromChunks(splitAt(bytes, cuts))))) rows.push(...batch);
  return { rows };
}

function parseText(pieces: string[], options: ConstructorParameters<typeof CsvParser>[0] = {}): CsvRow[] {
  const parser = new CsvParser(options);
  const rows = pieces.flatMap((p) => parser.push(p));
  return [...rows, ...parser.end()];
}

describe('CsvParser on the awkward-CSV corpus', () => {
  it.each(corpus.map((c) => [c.name, c] as const))('parses %s, whatever the chunking', async (_, c) => {
    const expected = c.expected.rows.map(([line, fields]) => ({ line, fields }));
    // Every single cut point, then random multi-cut chunkings.
    for (let cut = 0; cut <= c.bytes.length; cut++) {
      expect((await parseBytes(c.bytes, [cut])).rows).toEqual(expected);
    }
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 20 }), async (cuts) => {
        expect((await parseBytes(c.bytes, cuts)).rows).toEqual(expected);
      }),
      { numRuns: 50 },
    );
  });

  it.each(corpus.map((c) => [c.name, c] as const))('detects the delimiter of %s', (_, c) => {
    const parser = new CsvParser();
    parser.push(new TextDecoder().decode(c.bytes));
    parser.end();
    expect(parser.delimiter).toBe(c.expected.delimiter);
  });
});

describe('CsvParser', () => {
  const field = fc.string({ unit: fc.constantFrom('a', 'ế', ',', ';', '"', '\n', '\r', ' ', '1') });
  const table = fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 });

  it('reads back any table written with RFC 4180 quoting, any line ends, any chunking', () => {
    fc.assert(
      fc.property(
        table,
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.array(fc.nat(), { maxLength: 10 }),
        (rows, eol, cuts) => {
          // A record of one empty field would be an empty line, which is skipped: quote it.
          const text = rows
            .map((r) =>
              r
                .map((f) => (/[",;\n\r]/.test(f) || r.length === 1 ? `"${f.replaceAll('"', '""')}"` : f))
                .join(','),
            )
            .join(eol);
          const pieces: string[] = [];
          let from = 0;
          for (const c of [...new Set(cuts.map((x) => x % (text.length + 1)))].sort((a, b) => a - b)) {
            pieces.push(text.slice(from, c));
            from = c;
          }
          pieces.push(text.slice(from));
          const parsed = parseText(pieces, { delimiter: ',' });
          expect(parsed.map((r) => r.fields)).toEqual(rows);
          // Line numbers: each record starts after the line breaks of the records before it.
          let line = 1;
          parsed.forEach((r, i) => {
            expect(r.line).toBe(line);
            const breaks = (rows[i] as string[]).map((f) => f.match(/\r\n|\r|\n/g)?.length ?? 0);
            line += 1 + breaks.reduce((a, b) => a + b, 0);
          });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('throws a CsvSyntaxError naming the line of a quote never closed', () => {
    const error = (() => {
      try {
        parseText(['a,b\n1,2\n3,"open\nmore\n']);
      } catch (e) {
        return e;
      }
    })();
    expect(CsvSyntaxError.isInstance(error)).toBe(true);
    expect((error as CsvSyntaxError).line).toBe(3);
  });

  it('bounds the memory of a record that never ends', () => {
    const parser = new CsvParser({ delimiter: ',', maxRecordLength: 100 });
    parser.push('a,"');
    expect(() => parser.push('x'.repeat(200))).toThrow(CsvSyntaxError);
  });

  it('keeps empty lines as records when asked', () => {
    expect(parseText(['a\n\nb\n'], { skipEmptyLines: false }).map((r) => r.fields)).toEqual([
      ['a'],
      [''],
      ['b'],
    ]);
  });

  it('counts header and data records in the progress counter', async () => {
    const progress = { bytes: 0, rows: 0 };
    for await (const _ of parseCsv(fromChunks(['a,b\n1,2\n', '3,4\n']), { progress })) {
      // drain
    }
    expect(progress.rows).toBe(3);
  });
});
