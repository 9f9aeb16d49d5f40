import { CsvConnectorError } from '../errors/csv-connector-error';

/** The text encodings this package reads. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'tcvn3' | 'vni';

/** Every supported encoding, in the order they are listed to users. */
export const TEXT_ENCODINGS: readonly TextEncodingName[] = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'windows-1258',
  'tcvn3',
  'vni',
];

const ALIASES: Record<string, TextEncodingName> = {
  utf8: 'utf-8',
  utf16le: 'utf-16le',
  utf16be: 'utf-16be',
  utf16: 'utf-16le',
  windows1258: 'windows-1258',
  cp1258: 'windows-1258',
  win1258: 'windows-1258',
  '1258': 'windows-1258',
  tcvn3: 'tcvn3',
  tcvn: 'tcvn3',
  abc: 'tcvn3',
  vntime: 'tcvn3',
  vni: 'vni',
  vniwin: 'vni',
  vniwindows: 'vni',
};

/**
 * Resolves a user-supplied encoding name (`UTF8`, `cp1258`, `TCVN3`, `ABC`, `VNI-Win`…) to its
 * canonical name. Throws a {@link CsvConnectorError} naming the supported encodings otherwise.
 */
export function parseEncodingName(input: string): TextEncodingName {
  const key = input.toLowerCase().replace(/[^a-z0-9]/g, '');
  const found = ALIASES[key];
  if (found) return found;
  const list = TEXT_ENCODINGS.join(', ');
  throw new CsvConnectorError({
    code: 'encoding.unknown',
    message: {
      vi: `Bảng mã "${input}" không được hỗ trợ; hãy dùng một trong: ${list}.`,
      en: `Encoding "${input}" is not supported; use one of: ${list}.`,
    },
  });
}
