import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { CsvParser, type CsvRow } from '../parse/csv-parser';
import { findRecordBoundary } from './find-record-boundary';

const dir = mkdtempSync(join(tmpdir(), 'chiase-boundary-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
function file(content: string | Buffer): string {
  const path = join(dir, `f${files++}.csv`);
  writeFileSync(path, content);
  return path;
}

function parse(text: string, startLine?: number): CsvRow[] {
  const parser = new CsvParser({ delimiter: ',', ...(startLine === undefined ? {} : { startLine }) });
  return [...parser.push(text), ...parser.end()];
}

describe('findRecordBoundary', () => {
  it('cuts after the first line feed outside quotes at or after `from`, counting lines as the parser does', async () => {
    const text = 'id,note\r\n1,"two\r\nlines"\r\n2,"a ""quoted"" ,\nword"\r\n3,plain\r\n';
    const path = file(text);
    const from = text.indexOf('two');
    const cut = await findRecordBoundary(path, { delimiter: 44, start: 0, from });
    expect(cut).toEqual({ offset: text.indexOf('2,"a'), line: 4 });
    const after = await findRecordBoundary(path, { delimiter: 44, start: 0, from: text.indexOf('word') });
    expect(after).toEqual({ offset: text.indexOf('3,plain'), line: 6 });
  });

  it('treats a quote inside an unquoted field as a character, and lone CRs as line ends', async () => {
    const text = 'a,5" screen\rb,x"\n"c\nd",e\nf,g\n';
    const cut = await findRecordBoundary(file(text), { delimiter: 44, start: 0, from: 5 });
    // The LF after `x"` ends a record (the quote opened nothing); lines: CR ends line 1, LF line 2.
    expect(cut).toEqual({ offset: text.indexOf('"c'), line: 3 });
    const next = await findRecordBoundary(file(text), {
      delimiter: 44,
      start: 0,
      from: text.indexOf('"c') + 1,
    });
    expect(next).toEqual({ offset: text.indexOf('f,g'), line: 5 });
  });

  it('says there is none when a quoted field runs to the end or no line follows', async () => {
    expect(
      await findRecordBoundary(file('a,b\n1,"open\n\nnever closed\n'), { delimiter: 44, start: 0, from: 6 }),
    ).toBe(undefined);
    expect(await findRecordBoundary(file('a,b\n1,2'), { delimiter: 44, start: 0, from: 5 })).toBe(undefined);
  });

  it('skips the BOM: a quote right after it opens the first field', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('"a\nb",c\nd,e\n')]);
    const cut = await findRecordBoundary(file(bytes), { delimiter: 44, start: 3, from: 4 });
    expect(cut).toEqual({ offset: bytes.indexOf('d,e'), line: 3 });
  });

  // The property that makes the two-part validation right: the parts, parsed apart, give the
  // records of the whole file, with the same lines, wherever the cut is looked for and whatever
  // the read size (quotes, CRs and escapes split across reads).
  it('cuts only between records: both parts parsed apart give the records of the whole (property)', async () => {
    const field = fc.oneof(
      fc.stringMatching(/^[a-zé ]{0,6}$/),
      fc.stringMatching(/^[a-z][a-z"]{0,3}$/), // lone quotes in unquoted fields (not at the start)
      fc.stringMatching(/^[a-z,"\r\n ]{0,8}$/).map((s) => `"${s.replaceAll('"', '""')}"`),
      fc
        .stringMatching(/^[a-z]{1,3}$/)
        .map((s) => `"${s}"${s}`), // text after the closing quote
    );
    const record = fc.array(field, { minLength: 1, maxLength: 4 }).map((fields) => fields.join(','));
    const ending = fc.constantFrom('\n', '\r\n', '\r');
    const csv = fc
      .array(fc.tuple(record, ending), { minLength: 2, maxLength: 30 })
      .map((rows) => rows.map(([r, e]) => r + e).join(''));
    await fc.assert(
      fc.asyncProperty(
        csv,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 2, max: 64 }),
        async (text, at, chunkSize) => {
          const bytes = Buffer.from(text, 'utf8');
          const from = Math.floor(at * bytes.length);
          const cut = await findRecordBoundary(file(bytes), { delimiter: 44, start: 0, from, chunkSize });
          if (cut === undefined) return;
          expect(cut.offset).toBeGreaterThanOrEqual(from);
          expect(bytes[cut.offset - 1]).toBe(0x0a);
          const whole = parse(text);
          const first = parse(bytes.subarray(0, cut.offset).toString('utf8'));
          const later = parse(bytes.subarray(cut.offset).toString('utf8'), cut.line);
          expect([...first, ...later]).toEqual(whole);
        },
      ),
      { numRuns: 500 },
    );
  });
});
