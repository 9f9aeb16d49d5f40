import * as z from 'zod';
import { decodeCursor, encodeCursor, readLimit } from '../conventions/cursor-page';
import { ProblemError } from '../errors/problem-error';
import type { OperationContext, OperationDefinition } from '../gateway/operation';
import { jsonResponse } from '../http/json-response';
import { POPULATION_DATABASE } from '../state/national-database';
import { RESOURCE_ID_PATTERN } from '../validation/resource-id';
import { validateBody } from '../validation/validate-body';
import { readDateTimeParameter } from './catalogue-listing';

const BASE = '/national/1.0/databases/{database}/entities/{entity}';

function requireEntity(context: OperationContext): void {
  const { database, entity } = context.params;
  if (database !== POPULATION_DATABASE.database || entity !== POPULATION_DATABASE.entity) {
    throw new ProblemError('not_found', {
      vi: `Không có CSDL quốc gia "${database}" với thực thể "${entity}".`,
      en: `No national database "${database}" with entity "${entity}".`,
    });
  }
}

function badCursor(): ProblemError {
  return new ProblemError(
    'invalid_request',
    { vi: 'Con trỏ trang không hợp lệ.', en: 'The cursor is not valid.' },
    { errors: [{ parameter: 'cursor', detail: 'is not a cursor issued for this feed' }] },
  );
}

/** `GET …/snapshot` (TT 13/2017/TT-BTTTT Art. 21.1b, 21.2a): consistent pages in key order. */
export const nationalSnapshot: OperationDefinition = {
  operationId: 'national.snapshot',
  group: 'national',
  method: 'GET',
  path: `${BASE}/snapshot`,
  handle(context) {
    requireEntity(context);
    const db = context.state.national;
    const limit = readLimit(context.query);
    const raw = context.query.get('cursor');
    let sequence = db.lastSequence;
    let snapshotAt = new Date(Math.max(context.clock.now(), db.lastChangedAtMs)).toISOString();
    let after: string | undefined;
    if (raw !== null) {
      const c = decodeCursor(raw);
      if (
        c.s !== 'snapshot' ||
        typeof c.q !== 'number' ||
        typeof c.k !== 'string' ||
        typeof c.t !== 'string'
      ) {
        throw badCursor();
      }
      sequence = c.q;
      after = c.k;
      snapshotAt = c.t;
    }
    const records = db.recordsAt(sequence);
    const start = after === undefined ? 0 : records.findIndex((r) => r.key > after);
    const page = start < 0 ? [] : records.slice(start, start + limit);
    const last = page[page.length - 1];
    const more = start >= 0 && start + page.length < records.length && last !== undefined;
    return jsonResponse({
      items: page,
      nextCursor: more ? encodeCursor({ s: 'snapshot', q: sequence, k: last.key, t: snapshotAt }) : null,
      snapshotAt,
    });
  },
};

/** `GET …/changes` (TT 13/2017/TT-BTTTT Art. 21.2b): changes after `since`, in order, deletes included. */
export const nationalChanges: OperationDefinition = {
  operationId: 'national.changes',
  group: 'national',
  method: 'GET',
  path: `${BASE}/changes`,
  handle(context) {
    requireEntity(context);
    const db = context.state.national;
    const limit = readLimit(context.query);
    const raw = context.query.get('cursor');
    let afterSequence: number;
    let untilSequence: number;
    let until: string;
    if (raw !== null) {
      const c = decodeCursor(raw);
      if (
        c.s !== 'changes' ||
        typeof c.q !== 'number' ||
        typeof c.u !== 'number' ||
        typeof c.t !== 'string'
      ) {
        throw badCursor();
      }
      afterSequence = c.q;
      untilSequence = c.u;
      until = c.t;
    } else {
      const since = readDateTimeParameter(context.query, 'since');
      if (since === undefined) {
        throw new ProblemError(
          'invalid_request',
          { vi: 'Cần tham số since (hoặc cursor).', en: 'Give since (or cursor).' },
          { errors: [{ parameter: 'since', detail: 'is required unless cursor is given' }] },
        );
      }
      if (since < db.feedStartMs) {
        throw new ProblemError('cursor_expired', {
          vi: 'Thời điểm since cũ hơn dữ liệu thay đổi gateway còn giữ; hãy đọc lại bản chụp (snapshot).',
          en: 'since is older than the change feed the gateway keeps; read a new snapshot.',
        });
      }
      const feed = db.changes();
      afterSequence = feed.find((c) => c.changedAtMs > since)?.sequence ?? db.lastSequence + 1;
      afterSequence -= 1;
      untilSequence = db.lastSequence;
      until = new Date(Math.max(context.clock.now(), db.lastChangedAtMs, since)).toISOString();
    }
    const page = db
      .changes()
      .filter((c) => c.sequence > afterSequence && c.sequence <= untilSequence)
      .slice(0, limit);
    const last = page[page.length - 1];
    const more = last !== undefined && last.sequence < untilSequence;
    return jsonResponse({
      items: page.map(({ sequence, type, key, changedAt, record }) => ({
        sequence,
        type,
        key,
        changedAt,
        record,
      })),
      nextCursor: more ? encodeCursor({ s: 'changes', q: last.sequence, u: untilSequence, t: until }) : null,
      until,
    });
  },
};

const subscriptionRequestSchema = z.strictObject({
  database: z.string().regex(RESOURCE_ID_PATTERN),
  entity: z.string().regex(RESOURCE_ID_PATTERN),
  callbackUrl: z.url({ protocol: /^https?$/ }),
  secret: z.string().min(16).max(256),
  since: z.iso.datetime({ offset: true }).optional(),
});

/** `GET /national/1.0/subscriptions` (TT 13/2017/TT-BTTTT Art. 21.4b): the caller's subscriptions. */
export const listSubscriptions: OperationDefinition = {
  operationId: 'national.listSubscriptions',
  group: 'national',
  method: 'GET',
  path: '/national/1.0/subscriptions',
  handle(context) {
    const mine = [...context.state.subscriptions.values()].filter((s) => s.owner === context.consumer?.key);
    const limit = readLimit(context.query);
    const raw = context.query.get('cursor');
    const after = raw === null ? undefined : decodeCursor(raw).k;
    const start = after === undefined ? 0 : mine.findIndex((s) => s.subscription.id > String(after));
    const page = start < 0 ? [] : mine.slice(start, start + limit);
    const last = page[page.length - 1];
    const more = start >= 0 && last !== undefined && start + page.length < mine.length;
    return jsonResponse({
      items: page.map((s) => s.subscription),
      nextCursor: more ? encodeCursor({ k: last.subscription.id }) : null,
    });
  },
};

/**
 * `POST /national/1.0/subscriptions` (TT 13/2017/TT-BTTTT Art. 21.4b): records the subscription (the
 * secret is kept, never answered back); `state.deliverChanges()` pushes the changes after `since`, or
 * after the subscription was made.
 */
export const subscribe: OperationDefinition = {
  operationId: 'national.subscribe',
  group: 'national',
  method: 'POST',
  path: '/national/1.0/subscriptions',
  handle(context) {
    const body = validateBody('subscription request', subscriptionRequestSchema, context.json());
    if (body.database !== POPULATION_DATABASE.database || body.entity !== POPULATION_DATABASE.entity) {
      throw new ProblemError(
        'validation_failed',
        { vi: 'Không có CSDL hoặc thực thể này.', en: 'No such database or entity.' },
        { errors: [{ pointer: '/database', path: '$.database', detail: 'unknown database or entity' }] },
      );
    }
    const id = context.state.nextId('sub');
    const subscription = {
      id,
      database: body.database,
      entity: body.entity,
      callbackUrl: body.callbackUrl,
      status: 'active' as const,
      createdAt: new Date(context.clock.now()).toISOString(),
      lastDeliveredSequence: null as number | null,
    };
    const db = context.state.national;
    const since = body.since === undefined ? undefined : Date.parse(body.since);
    const startAfterSequence =
      since === undefined
        ? db.lastSequence
        : (db.changes().find((c) => c.changedAtMs > since)?.sequence ?? db.lastSequence + 1) - 1;
    context.state.subscriptions.set(id, {
      owner: context.consumer?.key ?? '',
      secret: body.secret,
      startAfterSequence,
      subscription,
    });
    return jsonResponse(subscription, {
      status: 201,
      headers: { location: `${context.baseUrl}/national/1.0/subscriptions/${id}` },
    });
  },
};

/** `DELETE /national/1.0/subscriptions/{subscriptionId}` (TT 13/2017/TT-BTTTT Art. 21.4b). */
export const unsubscribe: OperationDefinition = {
  operationId: 'national.unsubscribe',
  group: 'national',
  method: 'DELETE',
  path: '/national/1.0/subscriptions/{subscriptionId}',
  handle(context) {
    const id = context.params.subscriptionId ?? '';
    const found = context.state.subscriptions.get(id);
    if (found === undefined || found.owner !== context.consumer?.key) {
      throw new ProblemError('not_found', {
        vi: `Không có đăng ký "${id}".`,
        en: `No subscription "${id}".`,
      });
    }
    context.state.subscriptions.delete(id);
    return new Response(null, { status: 204 });
  },
};

/** The operations of the `national` group. */
export const nationalOperations: readonly OperationDefinition[] = [
  nationalSnapshot,
  nationalChanges,
  listSubscriptions,
  subscribe,
  unsubscribe,
];
