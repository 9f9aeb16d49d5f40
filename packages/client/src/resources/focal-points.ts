import type { RequestOptions } from '../http/gateway-request';
import { segment } from '../http/request-url';
import type { CursorParams } from '../pagination/cursor-page';
import type { PagePromise } from '../pagination/page-promise';
import { ApiResource, query, requestOptions, type WriteOptions, writeHeaders } from './api-resource';
import type { FocalPoint, FocalPointEntry } from './types';

/** Filters of `focalPoints.list`. */
export interface ListFocalPointsParams extends CursorParams {
  /** Free-text search. */
  q?: string;
  /** Only entries changed at or after this time (RFC 3339). */
  updatedSince?: string;
}

/** Each agency's data-sharing focal point (Decree 47/2020 Art. 7, form Mẫu 01): `client.focalPoints`. */
export class FocalPoints extends ApiResource {
  /** Lists published focal points. */
  list(params?: ListFocalPointsParams, options?: RequestOptions): PagePromise<FocalPointEntry> {
    return this.paged<FocalPointEntry>(
      (cursor) => ({
        method: 'GET',
        group: 'focalPoints',
        path: '/focal-points',
        query: query({ ...params, cursor: cursor ?? params?.cursor }),
        responseSchema: 'FocalPointEntryPage',
      }),
      options,
    );
  }

  /** Reads an agency's focal point. */
  get(agencyId: string, options?: RequestOptions): Promise<FocalPointEntry> {
    return this.send<FocalPointEntry>(
      {
        method: 'GET',
        group: 'focalPoints',
        path: `/focal-points/${segment(agencyId)}`,
        responseSchema: 'FocalPointEntry',
      },
      options,
    );
  }

  /** Designates or updates an agency's focal point (Art. 7.1–7.2). */
  put(agencyId: string, focalPoint: FocalPoint, options?: WriteOptions): Promise<FocalPointEntry> {
    return this.send<FocalPointEntry>(
      {
        method: 'PUT',
        group: 'focalPoints',
        path: `/focal-points/${segment(agencyId)}`,
        json: focalPoint,
        headers: writeHeaders(options),
        responseSchema: 'FocalPointEntry',
      },
      requestOptions(options),
    );
  }
}
