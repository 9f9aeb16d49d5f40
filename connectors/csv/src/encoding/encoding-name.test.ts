import { describe, expect, it } from 'vitest';
import { CsvConnectorError } from '../errors/csv-connector-error';
import { parseEncodingName } from './encoding-name';

describe('parseEncodingName', () => {
  it.each([
    ['UTF8', 'utf-8'],
    ['cp1258', 'windows-1258'],
    ['Windows-1258', 'windows-1258'],
    ['ABC', 'tcvn3'],
    ['TCVN3', 'tcvn3'],
    ['VNI-Win', 'vni'],
    ['utf-16be', 'utf-16be'],
  ])('reads %s as %s', (input, expected) => {
    expect(parseEncodingName(input)).toBe(expected);
  });

  it('lists the supported encodings when the name is unknown', () => {
    const error = (() => {
      try {
        parseEncodingName('viscii');
      } catch (e) {
        return e;
      }
    })();
    expect(CsvConnectorError.isInstance(error)).toBe(true);
    expect((error as CsvConnectorError).localized.en).toContain('tcvn3');
  });
});
