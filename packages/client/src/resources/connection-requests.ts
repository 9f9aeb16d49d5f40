import type { RequestOptions } from '../http/gateway-request';
import { segment } from '../http/request-url';
import type { CursorParams } from '../pagination/cursor-page';
import type { PagePromise } from '../pagination/page-promise';
import { ApiResource, query } from './api-resource';
import type {
  ConnectionDecision,
  ConnectionRequest,
  ConnectionRequestEntry,
  ConnectionRequestStatus,
} from './types';

/** Filters of `connectionRequests.list`. */
export interface ListConnectionRequestsParams extends CursorParams {
  /** Only requests in this status. */
  status?: ConnectionRequestStatus;
  /** Only requests to this providing agency (a provider's work list with `status: 'pending'`). */
  providerAgencyId?: string;
  /** Only requests from this agency. */
  requesterAgencyId?: string;
  /** Only requests for this service. */
  serviceId?: string;
}

/** Requests to connect to data-sharing services, and decisions (Decree 47/2020 Art. 35, 40): `client.connectionRequests`. */
export class ConnectionRequests extends ApiResource {
  /** Lists requests sent by the caller and addressed to its services, oldest deadline first. */
  list(params?: ListConnectionRequestsParams, options?: RequestOptions): PagePromise<ConnectionRequestEntry> {
    return this.paged<ConnectionRequestEntry>(
      (cursor) => ({
        method: 'GET',
        group: 'connectionRequests',
        path: '/requests',
        query: query({ ...params, cursor: cursor ?? params?.cursor }),
        responseSchema: 'ConnectionRequestEntryPage',
      }),
      options,
    );
  }

  /** Sends a connection request with the Art. 35.2 contents; the answer carries its deadline (Art. 35.3). */
  create(request: ConnectionRequest, options?: RequestOptions): Promise<ConnectionRequestEntry> {
    return this.send<ConnectionRequestEntry>(
      {
        method: 'POST',
        group: 'connectionRequests',
        path: '/requests',
        json: request,
        responseSchema: 'ConnectionRequestEntry',
      },
      options,
    );
  }

  /** Reads a request and its decision. */
  get(connectionRequestId: string, options?: RequestOptions): Promise<ConnectionRequestEntry> {
    return this.send<ConnectionRequestEntry>(
      {
        method: 'GET',
        group: 'connectionRequests',
        path: `/requests/${segment(connectionRequestId)}`,
        responseSchema: 'ConnectionRequestEntry',
      },
      options,
    );
  }

  /** Accepts (with the account created, Art. 40) or refuses (with reasons, Art. 35.3) a request, once. */
  decide(
    connectionRequestId: string,
    decision: ConnectionDecision,
    options?: RequestOptions,
  ): Promise<ConnectionRequestEntry> {
    return this.send<ConnectionRequestEntry>(
      {
        method: 'POST',
        group: 'connectionRequests',
        path: `/requests/${segment(connectionRequestId)}/decision`,
        json: decision,
        responseSchema: 'ConnectionRequestEntry',
      },
      options,
    );
  }
}
