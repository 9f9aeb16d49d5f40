import { createHash, type Hash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';

/** A pass-through stream that computes the SHA-256 and size of what flows through it. */
export class HashingStream extends Transform {
  readonly #hash: Hash = createHash('sha256');
  /** Bytes seen so far. */
  byteSize = 0;
  #digest: string | undefined;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.#hash.update(chunk);
    this.byteSize += chunk.length;
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    this.#digest = this.#hash.digest('hex');
    callback();
  }

  /**
   * The SHA-256 of the bytes seen so far, as 64 lower-case hex digits. Read it once the gateway has
   * answered: every byte has passed by then, though the stream's end may not have been signalled yet.
   */
  get sha256(): string {
    return this.#digest ?? this.#hash.copy().digest('hex');
  }
}
