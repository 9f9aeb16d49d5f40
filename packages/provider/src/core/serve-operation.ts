import { RequestRejectedError } from '../errors/request-rejected-error';
import type { CursorCodec } from '../service/cursor-codec';
import { projectRecord } from '../service/record-projection';
import type { RequestQuery } from '../service/request-query';
import type { OperationResult } from '../service/response-body';
import type { ServiceRoute } from '../service/service-route';
import { typedValue } from '../service/typed-value';
import type { SourceFilter } from '../source/data-source';

/** What an operation needs beyond its route: the consumer's query, items and row filter. */
export interface OperationInput {
  /** The consumer's filters, page size and cursor. */
  query: RequestQuery;
  /** The row filter of the grant, AND-ed to every read. */
  rowFilter: readonly SourceFilter[];
  /** The items the consumer may receive. */
  items: readonly string[];
  /** Aborts the source read. */
  signal?: AbortSignal;
}

function invalidCursor(): RequestRejectedError {
  return new RequestRejectedError({
    status: 400,
    code: 'provider.invalid_cursor',
    message: {
      vi: 'Con trỏ phân trang (cursor) không hợp lệ hoặc đã hết hiệu lực; hãy đọc lại từ trang đầu.',
      en: 'The paging cursor is invalid or no longer valid; read again from the first page.',
    },
  });
}

/** Reads the source for one operation and projects the records to the items granted. */
export async function serveOperation(
  route: ServiceRoute,
  input: OperationInput,
  cursors: CursorCodec,
): Promise<OperationResult> {
  const { service } = route;
  const filters = [...input.query.filters, ...input.rowFilter];
  const key = service.key.code;
  if (route.operation === 'count') {
    return { kind: 'count', count: await service.source.count(filters, input.signal) };
  }
  if (route.operation === 'get') {
    const value = typedValue(service.key, route.key);
    const record =
      value === undefined ? undefined : await service.source.get(key, value, filters, input.signal);
    if (record === undefined) {
      throw new RequestRejectedError({
        status: 404,
        code: 'provider.record_not_found',
        message: {
          vi: `Không có bản ghi "${route.key}" trong phạm vi được chia sẻ.`,
          en: `No record "${route.key}" within what is shared with you.`,
        },
      });
    }
    return { kind: 'record', record: projectRecord(record, input.items, service.items) };
  }
  const after =
    input.query.cursor === undefined ? undefined : cursors.decode(service.description.id, input.query.cursor);
  if (input.query.cursor !== undefined && after === undefined) throw invalidCursor();
  const limit = input.query.limit;
  const rows = await service.source.list({
    filters,
    key,
    limit: limit + 1,
    ...(after === undefined ? {} : { after }),
    ...(input.signal ? { signal: input.signal } : {}),
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1)?.[key];
  const more = rows.length > limit && last !== undefined && last !== null;
  const nextCursor = more ? cursors.encode(service.description.id, last as string | number | boolean) : null;
  return { kind: 'list', records: page.map((r) => projectRecord(r, input.items, service.items)), nextCursor };
}
