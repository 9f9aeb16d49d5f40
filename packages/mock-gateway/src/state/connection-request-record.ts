import type { StoredDocument } from './gateway-state';

/** A connection request as the gateway tracks it (the spec's `ConnectionRequestEntry`, plus its sender). */
export interface ConnectionRequestRecord {
  /** The request's id (its `id`). */
  readonly id: string;
  /** The consumer key that sent it. */
  readonly sender: string;
  /** The providing agency of the requested service (Decree 47/2020 Art. 35.2đ). */
  readonly providerAgencyId: string;
  /** When the gateway received it (ISO 8601), the start of the Art. 35.3 period. */
  readonly receivedAt: string;
  /** Last working day for the provider's answer (Decree 47/2020 Art. 35.3), `YYYY-MM-DD`. */
  readonly deadline: string;
  /** The request as sent, with `receivedAt` set by the gateway (Decree 47/2020 Art. 35.2). */
  readonly request: StoredDocument;
  /** The provider's decision, `null` while pending (Decree 47/2020 Art. 35.3). */
  decision: StoredDocument | null;
  /** Whether the decision came after `deadline`. */
  decidedLate: boolean;
}
