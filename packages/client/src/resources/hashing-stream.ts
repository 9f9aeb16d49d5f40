import { createHash, type Hash } from 'node:crypto';
import type { TransformCallback } from 'node:stream';
import { CountingStream } from './counting-stream';

/** A pass-through stream that computes the SHA-256 and size of what flows through it. */
export class HashingStream extends CountingStream {
  readonly #hash: Hash = createHash('sha256');
  #digest: string | undefined;

  override _transform(chunk: Buffer, encoding: BufferEncoding, callback: TransformCallback): void {
    this.#hash.update(chunk);
    super._transform(chunk, encoding, callback);
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
