import { InvalidResponseError } from '../errors/response-errors';
import type { GatewayRequest, QueryValue, RequestOptions, WithResponse } from '../http/gateway-request';
import type { CursorPage } from '../pagination/cursor-page';
import { PagePromise } from '../pagination/page-promise';

/** How a resource sends its calls (the client's request executor). */
export interface ResourceTransport {
  /** Sends one call and returns the decoded body with its response. */
  execute<T>(request: GatewayRequest<T>, options?: RequestOptions): Promise<WithResponse<T>>;
}

/** Per-call options of an update: the request options and the entry's ETag. */
export interface WriteOptions extends RequestOptions {
  /**
   * The entry's `etag` as last read, sent as `If-Match`: the gateway refuses the write with 412
   * (`PreconditionFailedError`) when the entry changed since. Default: none (unconditional).
   */
  ifMatch?: string;
}

/** Headers of a write, with `If-Match` when given. */
export function writeHeaders(options: WriteOptions | undefined): Record<string, string> | undefined {
  return options?.ifMatch === undefined ? undefined : { 'If-Match': options.ifMatch };
}

/** Request options without the write-only members. */
export function requestOptions(options: WriteOptions | undefined): RequestOptions | undefined {
  if (options === undefined) return undefined;
  const { ifMatch: _ifMatch, ...rest } = options;
  return rest;
}

/** Query parameters with `undefined` members dropped. */
export function query(params: object | undefined): Record<string, QueryValue> | undefined {
  if (params === undefined) return undefined;
  const out: Record<string, QueryValue> = {};
  for (const [name, value] of Object.entries(params))
    if (value !== undefined) out[name] = value as QueryValue;
  return out;
}

/** The base of every resource class: sends calls and builds paged lists. */
export abstract class ApiResource {
  /** The client's executor. */
  protected readonly transport: ResourceTransport;

  constructor(transport: ResourceTransport) {
    this.transport = transport;
  }

  /** Sends a call and returns its decoded body. */
  protected async send<T>(request: GatewayRequest<T>, options?: RequestOptions): Promise<T> {
    return (await this.transport.execute(request, options)).data;
  }

  /**
   * A paged list: `request(cursor)` describes the call for one page. Pages are checked for
   * `{ items: [], nextCursor }`; extra members (`snapshotAt`, `until`…) are kept on the page.
   */
  protected paged<T, P extends CursorPage<T> = CursorPage<T>>(
    request: (cursor: string | undefined) => GatewayRequest<unknown>,
    options?: RequestOptions,
  ): PagePromise<T, P> {
    return new PagePromise<T, P>(async (cursor) => {
      const { data, response } = await this.transport.execute(request(cursor), options);
      const page = data as { items?: unknown; nextCursor?: unknown } | null;
      if (page === null || typeof page !== 'object' || !Array.isArray(page.items)) {
        throw new InvalidResponseError({
          code: 'gateway.page_malformed',
          status: response.status,
          requestId: response.requestId,
          method: response.method,
          path: new URL(response.url).pathname,
          message: {
            vi: `${response.method} ${new URL(response.url).pathname}: câu trả lời không phải một trang { items, nextCursor }. Mã yêu cầu: ${response.requestId}.`,
            en: `${response.method} ${new URL(response.url).pathname}: the answer is not a page { items, nextCursor }. Request id: ${response.requestId}.`,
          },
        });
      }
      const nextCursor =
        typeof page.nextCursor === 'string' && page.nextCursor !== '' ? page.nextCursor : null;
      return { ...(page as object), items: page.items, nextCursor } as unknown as P;
    });
  }
}
