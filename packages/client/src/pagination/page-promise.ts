import { InvalidResponseError } from '../errors/response-errors';
import type { CursorPage, PageFetcher } from './cursor-page';

/**
 * What a list method returns (openai-node's model): await it for the first page, iterate it with
 * `for await` for every item of every page, or walk `pages()` page by page. Nothing is requested
 * until it is awaited or iterated; each iteration starts again from the first page.
 */
export class PagePromise<T, P extends CursorPage<T> = CursorPage<T>>
  implements PromiseLike<P>, AsyncIterable<T>
{
  readonly #fetch: PageFetcher<T, P>;
  readonly #startCursor: string | undefined;
  #first: Promise<P> | undefined;

  constructor(fetch: PageFetcher<T, P>, startCursor?: string) {
    this.#fetch = fetch;
    this.#startCursor = startCursor;
  }

  #firstPage(): Promise<P> {
    this.#first ??= this.#fetch(this.#startCursor);
    return this.#first;
  }

  /** Resolves with the first page. */
  // biome-ignore lint/suspicious/noThenProperty: a PagePromise is awaitable by design.
  then<R1 = P, R2 = never>(
    onFulfilled?: ((page: P) => R1 | PromiseLike<R1>) | null,
    onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#firstPage().then(onFulfilled, onRejected);
  }

  /** Handles a failure of the first page. */
  catch<R = never>(onRejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<P | R> {
    return this.#firstPage().catch(onRejected);
  }

  /** Every page, from the first, following `nextCursor` until it is `null`. */
  async *pages(): AsyncGenerator<P, void, undefined> {
    let page = await this.#firstPage();
    // The next iteration starts afresh rather than replaying a page read long ago.
    this.#first = undefined;
    const seen = new Set<string>();
    for (;;) {
      yield page;
      const next = page.nextCursor;
      if (next === null || next === undefined) return;
      if (seen.has(next)) throw repeatedCursor();
      seen.add(next);
      page = await this.#fetch(next);
    }
  }

  /** Every item of every page, in order. */
  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for await (const page of this.pages()) yield* page.items;
  }

  /** Reads every item into an array (for small lists; prefer `for await` for large ones). */
  async toArray(): Promise<T[]> {
    const out: T[] = [];
    for await (const item of this) out.push(item);
    return out;
  }
}

function repeatedCursor(): InvalidResponseError {
  // A gateway that hands back a cursor it already gave would make iteration endless.
  return new InvalidResponseError({
    code: 'gateway.cursor_repeated',
    message: {
      vi: 'Cổng trả về một nextCursor đã gặp trước đó; dừng duyệt để tránh lặp vô hạn.',
      en: 'The gateway returned a nextCursor it had already returned; iteration stopped to avoid an endless loop.',
    },
  });
}
