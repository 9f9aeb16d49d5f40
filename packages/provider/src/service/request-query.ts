import { RequestRejectedError } from '../errors/request-rejected-error';
import type { FieldValue, SourceFilter } from '../source/data-source';
import type { ServedService } from './service-binding';
import { typedValue } from './typed-value';

/** Query parameters that are not filters. */
export const RESERVED_PARAMETERS = ['limit', 'cursor'] as const;

/** A consumer's query, read and checked against the description and its grant. */
export interface RequestQuery {
  /** Equality filters on declared, granted items. */
  filters: SourceFilter[];
  /** Page size asked for (list only). */
  limit: number;
  /** The opaque cursor given (list only). */
  cursor?: string;
}

function badRequest(code: string, vi: string, en: string): RequestRejectedError {
  return new RequestRejectedError({ status: 400, code, message: { vi, en } });
}

/**
 * Reads filters from the query string: each parameter must be a data item the description declares
 * (Decree 47/2020 Art. 24.3b) and the consumer was granted (a filter on an item not agreed would
 * reveal its values, Art. 35.2d), given once, with a value of the item's type.
 */
export function readRequestQuery(
  service: ServedService,
  params: URLSearchParams,
  granted: ReadonlySet<string>,
  paged: boolean,
): RequestQuery {
  const filters: SourceFilter[] = [];
  let limit = service.defaultPageSize;
  let cursor: string | undefined;
  const seen = new Set<string>();
  for (const [name, text] of params) {
    if (seen.has(name)) {
      throw badRequest(
        'provider.repeated_parameter',
        `Tham số "${name}" được truyền nhiều lần.`,
        `Parameter "${name}" is given more than once.`,
      );
    }
    seen.add(name);
    if (paged && name === 'limit') {
      if (!/^\d{1,9}$/.test(text) || Number(text) < 1 || Number(text) > service.maxPageSize) {
        throw badRequest(
          'provider.invalid_limit',
          `limit phải là số nguyên từ 1 đến ${service.maxPageSize} (khả năng đáp ứng đã công bố).`,
          `limit must be an integer from 1 to ${service.maxPageSize} (the published capacity).`,
        );
      }
      limit = Number(text);
      continue;
    }
    if (paged && name === 'cursor') {
      cursor = text;
      continue;
    }
    const item = service.items.get(name);
    if (item === undefined) {
      throw badRequest(
        'provider.unknown_parameter',
        `Tham số "${name}" không phải mục tin của dịch vụ ${service.description.id}.`,
        `Parameter "${name}" is not a data item of service ${service.description.id}.`,
      );
    }
    if (!granted.has(name)) {
      throw new RequestRejectedError({
        status: 403,
        code: 'provider.filter_not_granted',
        message: {
          vi: `Không được lọc theo mục tin "${name}": mục tin này không nằm trong nội dung đã thống nhất chia sẻ.`,
          en: `Filtering on "${name}" is not allowed: the item is not among the data items agreed.`,
        },
      });
    }
    const value: FieldValue | undefined = typedValue(item, text);
    if (value === undefined) {
      throw badRequest(
        'provider.invalid_filter_value',
        `Giá trị của "${name}" không đúng kiểu ${item.type}.`,
        `The value of "${name}" is not of type ${item.type}.`,
      );
    }
    filters.push({ field: name, value });
  }
  return cursor === undefined ? { filters, limit } : { filters, limit, cursor };
}
