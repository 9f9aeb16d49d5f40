import type { RequestOptions } from '../http/gateway-request';
import { segment } from '../http/request-url';
import type { CursorParams } from '../pagination/cursor-page';
import type { PagePromise } from '../pagination/page-promise';
import { ApiResource, query } from './api-resource';
import { normaliseCodeListPage } from './code-list-xml';
import type { CodeListCategory, CodeListItem, CodeListItemPage } from './types';

/** The media type to ask code lists in. */
export type CodeListFormat = 'json' | 'xml';

/** Parameters of `codeLists.categories`. */
export interface CodeListCategoriesParams extends CursorParams {
  /** Free-text search over category names. */
  q?: string;
  /** Ask for JSON or XML (as data-services-backed gateways answer). Same result either way. Default: `json`. */
  format?: CodeListFormat;
}

/** Parameters of `codeLists.items`. */
export interface CodeListItemsParams extends CursorParams {
  /** Free-text search over item names. */
  q?: string;
  /** Only items valid on this day (`YYYY-MM-DD`), e.g. provinces before or after the 2025 merger. */
  effectiveOn?: string;
  /** Only children of this code (e.g. the communes of one province). */
  parentCode?: string;
  /** Ask for JSON or XML. Default: `json`. */
  format?: CodeListFormat;
}

const ACCEPT: Record<CodeListFormat, string> = {
  json: 'application/json, application/problem+json;q=0.9',
  xml: 'application/xml, application/problem+json;q=0.9',
};

/** Common code lists, shared by default (Decree 47/2020 Art. 34.1c; like the national `dmdc` API): `client.codeLists`. */
export class CodeLists extends ApiResource {
  /** The categories of code lists, with their item counts. */
  categories(params?: CodeListCategoriesParams, options?: RequestOptions): PagePromise<CodeListCategory> {
    const { format = 'json', ...rest } = params ?? {};
    return this.paged<CodeListCategory>(
      (cursor) => ({
        method: 'GET',
        group: 'codeLists',
        path: '/categories',
        query: query({ ...rest, cursor: cursor ?? rest.cursor }),
        accept: ACCEPT[format],
        transform: normaliseCodeListPage,
        responseSchema: 'CodeListCategoryPage',
      }),
      options,
    );
  }

  /** The items of one code list, page by page; codes stay strings (leading zeros matter). */
  items(
    categoryCode: string,
    params?: CodeListItemsParams,
    options?: RequestOptions,
  ): PagePromise<CodeListItem, CodeListItemPage> {
    const { format = 'json', ...rest } = params ?? {};
    return this.paged<CodeListItem, CodeListItemPage>(
      (cursor) => ({
        method: 'GET',
        group: 'codeLists',
        path: `/categories/${segment(categoryCode)}/items`,
        query: query({ ...rest, cursor: cursor ?? rest.cursor }),
        accept: ACCEPT[format],
        transform: normaliseCodeListPage,
        responseSchema: 'CodeListItemPage',
      }),
      options,
    );
  }
}
