import type { ConnectionRequestEntry, GatewayClient } from '@chiase/client';
import type { AgencyReference, LocalizedText, WorkingDayCalendar } from '@chiase/schema';
import type { AccessGrant } from '../access/access-grant';
import type { ManagedAccessRights } from '../access/access-rights';
import { ProviderConfigurationError } from '../errors/provider-configuration-error';
import { type ConnectionRequestDeadline, connectionRequestDeadline } from './connection-request-deadline';

/** A pending connection request with where it stands against the legal deadline. */
export interface PendingConnectionRequest {
  /** The request as the gateway holds it. */
  entry: ConnectionRequestEntry;
  /** The deadline computed locally (Decree 47/2020 Art. 35.3, Decree 194/2025) and whether it passed. */
  deadline: ConnectionRequestDeadline;
}

/** Options of the connection-request functions. */
export interface ConnectionRequestOptions {
  /** The clock. Default: now. */
  now?: Date;
  /** The working-day calendar. Default: the built-in Vietnamese calendar. */
  calendar?: WorkingDayCalendar;
}

/**
 * The pending connection requests for the agency's services, oldest deadline first, each with its
 * deadline and an `overdue` flag (Decree 47/2020 Art. 35.3: 2 working days since Decree 194/2025).
 */
export async function pendingConnectionRequests(
  client: GatewayClient,
  providerAgencyId: string,
  options: ConnectionRequestOptions = {},
): Promise<PendingConnectionRequest[]> {
  const now = options.now ?? new Date();
  const pending: PendingConnectionRequest[] = [];
  for await (const entry of client.connectionRequests.list({ status: 'pending', providerAgencyId })) {
    const received = new Date(entry.request.receivedAt ?? entry.request.submittedAt);
    pending.push({ entry, deadline: connectionRequestDeadline(received, now, options.calendar) });
  }
  return pending.sort((a, b) => a.deadline.dueBy.getTime() - b.deadline.dueBy.getTime());
}

/** What the provider grants when it accepts a request. */
export interface Acceptance {
  /** The providing agency deciding. */
  provider: AgencyReference;
  /** The connection account created (Art. 40): its identifier, never a secret. */
  accountId: string;
  /** The items granted; default: the codes requested (Art. 35.2d). */
  items?: readonly string[];
  /** Row filter, quota and end of the grant (Art. 38.4, 38.7). */
  rowFilter?: AccessGrant['rowFilter'];
  /** Request limits. */
  quota?: AccessGrant['quota'];
  /** The last day the account works, `YYYY-MM-DD`. */
  validUntil?: string;
}

/**
 * Accepts a request (Decree 47/2020 Art. 35.3, 40): grants the rights locally first, then records the
 * decision with the account at the gateway, so the consumer can call as soon as it is told; if the
 * gateway does not take the decision, the grant the consumer had before (or none) is put back.
 *
 * @throws ProviderConfigurationError when no item would be granted (the request names items without
 *   codes: give `acceptance.items`).
 */
export async function acceptConnectionRequest(
  client: GatewayClient,
  rights: ManagedAccessRights,
  entry: ConnectionRequestEntry,
  acceptance: Acceptance,
  options: ConnectionRequestOptions = {},
): Promise<ConnectionRequestEntry> {
  const now = options.now ?? new Date();
  const request = entry.request;
  const items =
    acceptance.items ??
    request.requestedItems.flatMap((item) => (item.code === undefined ? [] : [item.code]));
  if (items.length === 0) {
    throw new ProviderConfigurationError('provider.no_items_granted', {
      vi: `Yêu cầu ${request.id} không ghi mã mục tin (Điều 35.2d): hãy nêu các mục tin được chấp nhận trong acceptance.items.`,
      en: `Request ${request.id} names no item codes (Art. 35.2d): list the items granted in acceptance.items.`,
    });
  }
  const consumerId = request.requester.id;
  const serviceId = request.service.id;
  const before = await rights.find(consumerId, serviceId);
  await rights.grant({
    consumerId,
    serviceId,
    items,
    purpose: request.purpose.vi,
    accountId: acceptance.accountId,
    ...(acceptance.rowFilter === undefined ? {} : { rowFilter: acceptance.rowFilter }),
    ...(acceptance.quota === undefined ? {} : { quota: acceptance.quota }),
    // The last day is included: the grant ends at 24:00 Vietnam time of that day.
    ...(acceptance.validUntil === undefined
      ? {}
      : { validUntil: new Date(`${acceptance.validUntil}T24:00:00+07:00`) }),
  });
  try {
    return await client.connectionRequests.decide(entry.id, {
      outcome: 'accepted',
      requestId: request.id,
      provider: acceptance.provider,
      requestReceivedAt: request.receivedAt ?? request.submittedAt,
      decidedAt: now.toISOString(),
      account: {
        accountId: acceptance.accountId,
        authentication: 'oauth2-client-credentials',
        issuedBy: acceptance.provider,
        services: [serviceId],
        ...(acceptance.validUntil === undefined ? {} : { validUntil: acceptance.validUntil }),
      },
    });
  } catch (error) {
    if (before === undefined) await rights.revoke(consumerId, serviceId);
    else await rights.grant(before);
    throw error;
  }
}

/** A refusal: its reasons (Decree 47/2020 Art. 35.3) and legal basis (Decree 194/2025 Art. 16). */
export interface Refusal {
  /** The providing agency deciding. */
  provider: AgencyReference;
  /** Why, at least one reason. */
  reasons: readonly LocalizedText[];
  /** The legal basis, at least one reference. */
  legalBasis: readonly { document: string; provision?: string; url?: string }[];
}

/** Refuses a request with reasons and legal basis (Decree 47/2020 Art. 35.3, Decree 194/2025 Art. 16). */
export async function refuseConnectionRequest(
  client: GatewayClient,
  entry: ConnectionRequestEntry,
  refusal: Refusal,
  options: ConnectionRequestOptions = {},
): Promise<ConnectionRequestEntry> {
  const now = options.now ?? new Date();
  return client.connectionRequests.decide(entry.id, {
    outcome: 'refused',
    requestId: entry.request.id,
    provider: refusal.provider,
    requestReceivedAt: entry.request.receivedAt ?? entry.request.submittedAt,
    decidedAt: now.toISOString(),
    reasons: [...refusal.reasons],
    legalBasis: [...refusal.legalBasis],
  } as Parameters<GatewayClient['connectionRequests']['decide']>[1]);
}
