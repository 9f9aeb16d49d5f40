import {
  type DataItem,
  type ServiceDescription,
  type ServiceEndpoint,
  serviceDescriptionSchema,
  toValidationIssues,
} from '@chiase/schema';
import { ProviderConfigurationError } from '../errors/provider-configuration-error';
import type { DataSource } from '../source/data-source';

/** What to serve: a published description and the source of its records. */
export interface ServiceBinding {
  /** The service description (Decree 47/2020 Art. 24.3); its data items are what can be shared. */
  description: ServiceDescription;
  /** Where the records come from. */
  source: DataSource;
  /** The data item that identifies a record: get-by-key reads it, list pages in its order. */
  key: string;
  /**
   * The collection path. Default: the path of the description's first REST `GET` endpoint. The
   * provider answers `GET {path}` (list), `GET {path}/count` and `GET {path}/{key}`.
   */
  path?: string;
  /** Records per page when the consumer gives no `limit`. Default 50 (at most the maximum). */
  defaultPageSize?: number;
}

/** A binding checked and prepared for serving. */
export interface ServedService {
  /** The description, as validated. */
  description: ServiceDescription;
  /** The source. */
  source: DataSource;
  /** The key item. */
  key: DataItem;
  /** Declared data items by code. */
  items: ReadonlyMap<string, DataItem>;
  /** The collection path. */
  path: string;
  /** The endpoint served. */
  endpoint: ServiceEndpoint;
  /** Records per page by default. */
  defaultPageSize: number;
  /** Records per page at most: `capacity.maxRecordsPerResponse` (Art. 23.4), else 1000. */
  maxPageSize: number;
}

const FALLBACK_MAX_PAGE = 1000;

function fail(code: string, vi: string, en: string): never {
  throw new ProviderConfigurationError(code, { vi, en });
}

/**
 * Checks a binding against its description: the description validates, declares its data items,
 * has a REST `GET` endpoint, and the key is one of its items.
 */
export function bindService(binding: ServiceBinding): ServedService {
  const parsed = serviceDescriptionSchema.safeParse(binding.description);
  if (!parsed.success) {
    const first = toValidationIssues(parsed.error.issues)[0];
    fail(
      'provider.invalid_description',
      `Mô tả dịch vụ không hợp lệ: ${first ? `${first.path}: ${first.message.vi}` : ''}`,
      `The service description is invalid: ${first ? `${first.path}: ${first.message.en}` : ''}`,
    );
  }
  const description = parsed.data;
  const declared = description.dataStructure.items;
  if (declared === undefined) {
    fail(
      'provider.items_missing',
      `Mô tả dịch vụ ${description.id} không liệt kê các mục tin (dataStructure.items), nên không biết được phép chia sẻ mục tin nào.`,
      `Service ${description.id} lists no data items (dataStructure.items), so what may be shared is unknown.`,
    );
  }
  const items = new Map(declared.map((item) => [item.code, item]));
  const key = items.get(binding.key);
  if (key === undefined) {
    fail(
      'provider.key_not_declared',
      `Mục tin khóa "${binding.key}" không có trong mô tả dịch vụ ${description.id}.`,
      `Key item "${binding.key}" is not declared in service ${description.id}.`,
    );
  }
  const endpoint =
    description.endpoints.find(
      (e) =>
        e.method === 'GET' &&
        e.protocol === 'REST' &&
        (binding.path === undefined || e.path === binding.path),
    ) ?? description.endpoints.find((e) => e.method === 'GET' && e.protocol === 'REST');
  if (endpoint === undefined) {
    fail(
      'provider.no_rest_endpoint',
      `Mô tả dịch vụ ${description.id} không có thao tác REST GET để phục vụ.`,
      `Service ${description.id} declares no REST GET endpoint to serve.`,
    );
  }
  const path = (binding.path ?? endpoint.path).replace(/\/+$/, '') || '/';
  const maxPageSize = description.capacity.maxRecordsPerResponse ?? FALLBACK_MAX_PAGE;
  const defaultPageSize = Math.min(binding.defaultPageSize ?? 50, maxPageSize);
  return { description, source: binding.source, key, items, path, endpoint, defaultPageSize, maxPageSize };
}
