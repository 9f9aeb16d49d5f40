import type { ChunkDecoder, ChunkDecoderOptions } from './chunk-decoder';
import type { TextEncodingName } from './encoding-name';
import { Tcvn3ChunkDecoder } from './tcvn3';
import { VniChunkDecoder } from './vni';
import { WhatwgChunkDecoder } from './whatwg-chunk-decoder';
import { Windows1258ChunkDecoder } from './windows-1258';

/** A {@link ChunkDecoder} for `encoding`. */
export function createChunkDecoder(
  encoding: TextEncodingName,
  options: ChunkDecoderOptions = {},
): ChunkDecoder {
  switch (encoding) {
    case 'utf-8':
    case 'utf-16le':
    case 'utf-16be':
      return new WhatwgChunkDecoder(encoding, options);
    case 'windows-1258':
      return new Windows1258ChunkDecoder(options);
    case 'tcvn3':
      return new Tcvn3ChunkDecoder(options);
    case 'vni':
      return new VniChunkDecoder(options);
  }
}
