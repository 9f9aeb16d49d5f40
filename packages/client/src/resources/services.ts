import type { RequestOptions } from '../http/gateway-request';
import { segment } from '../http/request-url';
import type { CursorParams } from '../pagination/cursor-page';
import type { PagePromise } from '../pagination/page-promise';
import { ApiResource, query, requestOptions, type WriteOptions, writeHeaders } from './api-resource';
import type { ServiceDescription, ServiceEntry, ServiceWithdrawal } from './types';

/** Filters of `services.list` (`services.list` in the contract). */
export interface ListServicesParams extends CursorParams {
  /** Free-text search over names and descriptions (accent-insensitive). */
  q?: string;
  /** Only services of this agency (electronic identifier). */
  agencyId?: string;
  /** Only entries changed at or after this time (RFC 3339). */
  updatedSince?: string;
  /** Only services in this status: `draft`, `published`, `withdrawn`. */
  status?: string;
  /** Only services shared in this form (Decree 47/2020 Art. 23.4). */
  sharingForm?: string;
}

/** The catalogue of data-sharing services (Decree 47/2020 Art. 24–26): `client.services`. */
export class Services extends ApiResource {
  /** Searches the catalogue; await for the first page or `for await` every entry (Art. 26.2c, 26.3). */
  list(params?: ListServicesParams, options?: RequestOptions): PagePromise<ServiceEntry> {
    return this.paged<ServiceEntry>(
      (cursor) => ({
        method: 'GET',
        group: 'services',
        path: '/services',
        query: query({ ...params, cursor: cursor ?? params?.cursor }),
        responseSchema: 'ServiceEntryPage',
      }),
      options,
    );
  }

  /** Reads one service description with its ETag (Art. 24.3, 26.3). */
  get(serviceId: string, options?: RequestOptions): Promise<ServiceEntry> {
    return this.send<ServiceEntry>(
      {
        method: 'GET',
        group: 'services',
        path: `/services/${segment(serviceId)}`,
        responseSchema: 'ServiceEntry',
      },
      options,
    );
  }

  /**
   * Registers the description under its `id`, or replaces it (Art. 24.3, 25.1–25.3). Pass the
   * `etag` last read as `ifMatch` so that a concurrent change is not overwritten.
   */
  put(description: ServiceDescription, options?: WriteOptions): Promise<ServiceEntry> {
    return this.send<ServiceEntry>(
      {
        method: 'PUT',
        group: 'services',
        path: `/services/${segment(description.id)}`,
        json: description,
        headers: writeHeaders(options),
        responseSchema: 'ServiceEntry',
      },
      requestOptions(options),
    );
  }

  /** Withdraws a service; the entry stays readable with the reason (Art. 25.2, 44.1). */
  withdraw(serviceId: string, withdrawal: ServiceWithdrawal, options?: WriteOptions): Promise<ServiceEntry> {
    return this.send<ServiceEntry>(
      {
        method: 'POST',
        group: 'services',
        path: `/services/${segment(serviceId)}/withdrawal`,
        json: withdrawal,
        headers: writeHeaders(options),
        responseSchema: 'ServiceEntry',
      },
      requestOptions(options),
    );
  }
}
