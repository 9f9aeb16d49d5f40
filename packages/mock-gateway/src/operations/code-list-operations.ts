import { paginate } from '../conventions/cursor-page';
import { ProblemError } from '../errors/problem-error';
import type { CodeList, CodeListItem } from '../fixtures/code-list-fixtures';
import type { OperationContext, OperationDefinition } from '../gateway/operation';
import { negotiateMediaType } from '../http/content-negotiation';
import { jsonResponse } from '../http/json-response';
import { xmlResponse } from '../http/xml-response';
import { foldText } from '../text/fold-text';

const BASE = '/dmdc/1.0/categories';
const MEDIA = ['application/json', 'application/xml'] as const;

function mediaOf(context: OperationContext): 'application/json' | 'application/xml' {
  const chosen = negotiateMediaType(context.request, MEDIA);
  if (chosen === undefined) {
    throw new ProblemError(
      'not_acceptable',
      {
        vi: 'Chỉ trả về được application/json hoặc application/xml.',
        en: 'Only application/json or application/xml can be returned.',
      },
      { errors: [{ header: 'Accept', detail: 'must allow application/json or application/xml' }] },
    );
  }
  return chosen as 'application/json' | 'application/xml';
}

function isValidOn(item: CodeListItem, day: string): boolean {
  return (item.validFrom === null || item.validFrom <= day) && (item.validTo === null || item.validTo >= day);
}

function today(context: OperationContext): string {
  // Days are Vietnamese calendar days (UTC+7).
  return new Date(context.clock.now() + 7 * 3_600_000).toISOString().slice(0, 10);
}

function categoryOf(list: CodeList, day: string) {
  return {
    code: list.code,
    name: list.name,
    description: list.description,
    version: list.version,
    itemCount: list.items.filter((i) => isValidOn(i, day)).length,
    updatedAt: list.updatedAt,
    itemsUrl: `${BASE}/${list.code}/items`,
  };
}

/** `GET /dmdc/1.0/categories` (Decree 47/2020 Art. 34.1c), JSON or XML. */
export const listCodeListCategories: OperationDefinition = {
  operationId: 'codeLists.categories',
  group: 'codeLists',
  method: 'GET',
  path: BASE,
  handle(context) {
    const media = mediaOf(context);
    const q = context.query.get('q');
    const folded = q === null ? undefined : foldText(q);
    const day = today(context);
    const lists = [...context.state.codeLists.values()]
      .filter(
        (l) => folded === undefined || foldText(`${l.code} ${l.name} ${l.description}`).includes(folded),
      )
      .sort((a, b) => (a.code < b.code ? -1 : 1));
    const page = paginate(lists, context.query, { keyOf: (l) => l.code, scope: context.url.pathname });
    const items = page.items.map((l) => categoryOf(l, day));
    if (media === 'application/xml') {
      return xmlResponse({
        CodeListCategoryPage: { items: { category: items }, nextCursor: page.nextCursor ?? '' },
      });
    }
    return jsonResponse({ items, nextCursor: page.nextCursor });
  },
};

/** `GET /dmdc/1.0/categories/{categoryCode}/items` (Decree 47/2020 Art. 34.1c), JSON or XML. */
export const listCodeListItems: OperationDefinition = {
  operationId: 'codeLists.items',
  group: 'codeLists',
  method: 'GET',
  path: `${BASE}/{categoryCode}/items`,
  handle(context) {
    const media = mediaOf(context);
    const code = context.params.categoryCode ?? '';
    const list = context.state.codeLists.get(code);
    if (list === undefined) {
      throw new ProblemError('not_found', {
        vi: `Không có danh mục "${code}".`,
        en: `No code list "${code}".`,
      });
    }
    const effectiveOn = context.query.get('effectiveOn') ?? today(context);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(effectiveOn) || Number.isNaN(Date.parse(effectiveOn))) {
      throw new ProblemError(
        'invalid_request',
        { vi: 'effectiveOn phải là ngày dạng YYYY-MM-DD.', en: 'effectiveOn must be a date as YYYY-MM-DD.' },
        { errors: [{ parameter: 'effectiveOn', detail: 'must be YYYY-MM-DD' }] },
      );
    }
    const parent = context.query.get('parentCode');
    const q = context.query.get('q');
    const folded = q === null ? undefined : foldText(q);
    const items = list.items.filter(
      (i) =>
        isValidOn(i, effectiveOn) &&
        (parent === null || i.parentCode === parent) &&
        (folded === undefined || foldText(`${i.code} ${i.name}`).includes(folded)),
    );
    const page = paginate(items, context.query, {
      scope: `${context.url.pathname}|${effectiveOn}|${list.version}`,
    });
    if (media === 'application/xml') {
      return xmlResponse({
        CodeListItemPage: {
          categoryCode: list.code,
          version: list.version,
          items: {
            item: page.items.map((i) => ({
              code: i.code,
              name: i.name,
              parentCode: i.parentCode ?? '',
              validFrom: i.validFrom ?? '',
              validTo: i.validTo ?? '',
              replacedBy: i.replacedBy.length === 0 ? '' : { code: [...i.replacedBy] },
              ...(i.attributes === undefined ? {} : { attributes: i.attributes }),
            })),
          },
          nextCursor: page.nextCursor ?? '',
        },
      });
    }
    return jsonResponse({
      categoryCode: list.code,
      version: list.version,
      items: page.items,
      nextCursor: page.nextCursor,
    });
  },
};

/** The operations of the `codeLists` group. */
export const codeListOperations: readonly OperationDefinition[] = [listCodeListCategories, listCodeListItems];
