import type { RequestOptions } from '../http/gateway-request';
import { segment } from '../http/request-url';
import type { CursorParams } from '../pagination/cursor-page';
import type { PagePromise } from '../pagination/page-promise';
import { ApiResource, query, requestOptions, type WriteOptions, writeHeaders } from './api-resource';
import type { DatabaseCatalogueEntry, DatabaseEntry } from './types';

/** Filters of `databases.list`. */
export interface ListDatabasesParams extends CursorParams {
  /** Free-text search over names and descriptions. */
  q?: string;
  /** Only entries of this agency (electronic identifier). */
  agencyId?: string;
  /** Only entries changed at or after this time (RFC 3339). */
  updatedSince?: string;
}

/** The shared-database catalogue (Decree 47/2020 Art. 11.3–11.4, form Mẫu 02): `client.databases`. */
export class Databases extends ApiResource {
  /** Lists catalogue entries; await for the first page or `for await` every entry. */
  list(params?: ListDatabasesParams, options?: RequestOptions): PagePromise<DatabaseEntry> {
    return this.paged<DatabaseEntry>(
      (cursor) => ({
        method: 'GET',
        group: 'databases',
        path: '/databases',
        query: query({ ...params, cursor: cursor ?? params?.cursor }),
        responseSchema: 'DatabaseEntryPage',
      }),
      options,
    );
  }

  /** Reads one entry with its ETag (Art. 11.4). */
  get(databaseId: string, options?: RequestOptions): Promise<DatabaseEntry> {
    return this.send<DatabaseEntry>(
      {
        method: 'GET',
        group: 'databases',
        path: `/databases/${segment(databaseId)}`,
        responseSchema: 'DatabaseEntry',
      },
      options,
    );
  }

  /** Adds the entry under `databaseId`, or replaces it (Art. 11.3–11.4); `ifMatch` guards a concurrent change. */
  put(databaseId: string, database: DatabaseCatalogueEntry, options?: WriteOptions): Promise<DatabaseEntry> {
    return this.send<DatabaseEntry>(
      {
        method: 'PUT',
        group: 'databases',
        path: `/databases/${segment(databaseId)}`,
        json: database,
        headers: writeHeaders(options),
        responseSchema: 'DatabaseEntry',
      },
      requestOptions(options),
    );
  }

  /** Removes the entry (Art. 11.3). */
  async delete(databaseId: string, options?: WriteOptions): Promise<void> {
    await this.send<unknown>(
      {
        method: 'DELETE',
        group: 'databases',
        path: `/databases/${segment(databaseId)}`,
        headers: writeHeaders(options),
      },
      requestOptions(options),
    );
  }
}
