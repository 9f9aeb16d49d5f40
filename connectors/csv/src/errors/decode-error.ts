import { ChiaseError } from '@chiase/schema/codes';
import type { TextEncodingName } from '../encoding/encoding-name';
import { CsvConnectorError } from './csv-connector-error';

const MARKER = 'chiase.decode_error';
const SYMBOL = Symbol.for(MARKER);

/** Thrown when the bytes of a file are not valid in the encoding used to read it. */
export class DecodeError extends CsvConnectorError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the brand is read through Symbol.for() in isInstance().
  private readonly [SYMBOL] = true;
  /** The encoding the bytes were read as. */
  readonly encoding: TextEncodingName;
  /** Offset from the start of the input (BOM included) of the first byte that could not be decoded. */
  readonly byteOffset: number;
  /** The bytes that could not be decoded. */
  readonly bytes: readonly number[];

  constructor(options: { encoding: TextEncodingName; byteOffset: number; bytes: readonly number[] }) {
    const hex = options.bytes.map((b) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`).join(' ');
    super({
      code: 'decode.invalid_bytes',
      message: {
        vi: `Không đọc được tệp theo bảng mã ${options.encoding}: byte ${hex} tại vị trí ${options.byteOffset} không hợp lệ. Hãy kiểm tra bảng mã của tệp (chỉ định bằng tuỳ chọn encoding) hoặc lưu lại tệp dạng UTF-8.`,
        en: `Cannot read the file as ${options.encoding}: byte ${hex} at offset ${options.byteOffset} is not valid. Check the file's encoding (set it with the encoding option) or save the file as UTF-8.`,
      },
    });
    this.name = 'DecodeError';
    this.encoding = options.encoding;
    this.byteOffset = options.byteOffset;
    this.bytes = [...options.bytes];
  }

  /** True when `error` is a DecodeError from any installed copy of this package. */
  static override isInstance(error: unknown): error is DecodeError {
    return ChiaseError.hasMarker(error, MARKER);
  }
}
