import { Transform, type TransformCallback } from 'node:stream';

/** A pass-through stream that counts the bytes flowing through it. */
export class CountingStream extends Transform {
  /** Bytes seen so far. */
  byteSize = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.byteSize += chunk.length;
    callback(null, chunk);
  }
}
