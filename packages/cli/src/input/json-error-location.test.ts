import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineAndColumn, locateJsonError } from './json-error-location';

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('locateJsonError', () => {
  it('finds nothing wrong in any JSON that JSON.stringify writes, compact or indented', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2, '\t'), (value, indent) => {
        expect(locateJsonError(JSON.stringify(value, null, indent))).toBeUndefined();
      }),
    );
  });

  it('agrees with JSON.parse on whether text is JSON', () => {
    const text = fc.oneof(
      fc.string(),
      fc.json().map((j) => j.slice(0, -1)),
      fc.json().map((j) => `${j},`),
      fc.tuple(fc.json(), fc.nat(), fc.string({ maxLength: 2 })).map(([j, at, s]) => {
        const i = at % (j.length + 1);
        return j.slice(0, i) + s + j.slice(i);
      }),
    );
    fc.assert(
      fc.property(text, (t) => {
        expect(locateJsonError(t) === undefined).toBe(parses(t));
      }),
      { numRuns: 500 },
    );
  });

  it('points at a missing value on the line where it is missing', () => {
    const at = locateJsonError('{\n  "id": "a",\n  "name": }\n');
    expect(at).toMatchObject({ line: 3, column: 11 });
    expect(at?.reason.en).toContain('a JSON value');
    expect(at?.reason.vi).toContain('một giá trị JSON');
  });

  it('points at a trailing comma and an unquoted property name', () => {
    expect(locateJsonError('[1, 2,]')).toMatchObject({ line: 1, column: 7 });
    expect(locateJsonError('{\r\n  id: 1}')).toMatchObject({ line: 2, column: 3 });
  });

  it('reports an unterminated document at its end', () => {
    expect(locateJsonError('{"a": [1, 2')).toMatchObject({ line: 1, column: 12 });
  });
});

describe('lineAndColumn', () => {
  it('counts LF, CRLF and CR as one line break each', () => {
    expect(lineAndColumn('a\nb\r\nc\rd', 7)).toEqual({ line: 4, column: 1 });
  });
});
