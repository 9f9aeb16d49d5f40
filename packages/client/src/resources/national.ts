import type { RequestOptions } from '../http/gateway-request';
import { segment } from '../http/request-url';
import type { CursorParams } from '../pagination/cursor-page';
import type { PagePromise } from '../pagination/page-promise';
import { ApiResource, query } from './api-resource';
import type {
  NationalChange,
  NationalChangePage,
  NationalRecord,
  NationalSnapshotPage,
  NationalSubscription,
  NationalSubscriptionRequest,
} from './types';

/** Parameters of `national.changes`. */
export interface NationalChangesParams extends CursorParams {
  /**
   * Changes after this time (exclusive, RFC 3339): the `snapshotAt` of a snapshot or the `until` of
   * the last poll. Sent with the first page only; the next pages follow the cursor.
   */
  since?: string;
}

/**
 * Reads from national databases as TT 13/2017/TT-BTTTT Art. 21 describes them: `client.national`.
 * What a national mirror consumes: a snapshot, then the change feed.
 */
export class National extends ApiResource {
  /**
   * A full snapshot of one entity, page by page, in key order (TT 13/2017 Art. 21.1b, 21.2a). The
   * first page's `snapshotAt` is the time to read changes from afterwards.
   */
  snapshot(
    database: string,
    entity: string,
    params?: CursorParams,
    options?: RequestOptions,
  ): PagePromise<NationalRecord, NationalSnapshotPage> {
    return this.paged<NationalRecord, NationalSnapshotPage>(
      (cursor) => ({
        method: 'GET',
        group: 'national',
        path: `/databases/${segment(database)}/entities/${segment(entity)}/snapshot`,
        query: query({ limit: params?.limit, cursor: cursor ?? params?.cursor }),
        responseSchema: 'NationalSnapshotPage',
      }),
      options,
    );
  }

  /**
   * The changes of one entity since a time, deletes included, in order (TT 13/2017 Art. 21.2b).
   * When the last page is read, poll again later with `since` = that page's `until`. A `since`
   * older than the gateway keeps gets a 410 `GatewayError` (`problem.code` `cursor_expired`).
   */
  changes(
    database: string,
    entity: string,
    params?: NationalChangesParams,
    options?: RequestOptions,
  ): PagePromise<NationalChange, NationalChangePage> {
    return this.paged<NationalChange, NationalChangePage>((cursor) => {
      const next = cursor ?? params?.cursor;
      return {
        method: 'GET',
        group: 'national',
        path: `/databases/${segment(database)}/entities/${segment(entity)}/changes`,
        query: query(
          next === undefined
            ? { since: params?.since, limit: params?.limit }
            : { cursor: next, limit: params?.limit },
        ),
        responseSchema: 'NationalChangePage',
      };
    }, options);
  }

  /** The caller's push subscriptions (TT 13/2017 Art. 21.4b). */
  listSubscriptions(params?: CursorParams, options?: RequestOptions): PagePromise<NationalSubscription> {
    return this.paged<NationalSubscription>(
      (cursor) => ({
        method: 'GET',
        group: 'national',
        path: '/subscriptions',
        query: query({ limit: params?.limit, cursor: cursor ?? params?.cursor }),
        responseSchema: 'NationalSubscriptionPage',
      }),
      options,
    );
  }

  /**
   * Subscribes to pushed changes of one entity (TT 13/2017 Art. 21.4b). Deliveries are signed with
   * `secret`; check them with `verifyChangeNotification`.
   */
  subscribe(request: NationalSubscriptionRequest, options?: RequestOptions): Promise<NationalSubscription> {
    return this.send<NationalSubscription>(
      {
        method: 'POST',
        group: 'national',
        path: '/subscriptions',
        json: request,
        responseSchema: 'NationalSubscription',
      },
      options,
    );
  }

  /** Ends a push subscription. */
  async unsubscribe(subscriptionId: string, options?: RequestOptions): Promise<void> {
    await this.send<unknown>(
      { method: 'DELETE', group: 'national', path: `/subscriptions/${segment(subscriptionId)}` },
      options,
    );
  }
}
