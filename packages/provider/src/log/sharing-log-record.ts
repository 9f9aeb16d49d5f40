import type { SharingMethod } from '@chiase/schema';

/** Whether a request was met (Decree 47/2020 Art. 45.2d), as in `SharingLogEntry`. */
export type SharingOutcome = 'fulfilled' | 'partial' | 'refused' | 'failed';

/** One request as the provider records it in the sharing log (Decree 47/2020 Art. 45.2 a–đ). */
export interface SharingLogRecord {
  /** Art. 45.2a: when the request arrived. */
  requestedAt: Date;
  /** Art. 45.2a: when the data was provided; null when nothing was. */
  providedAt: Date | null;
  /** Art. 45.2a, 23.1: the form of request and provision; `online` for a service call. */
  form: SharingMethod;
  /** Art. 45.2b: the requesting agency's e-ID; null when the request could not be authenticated. */
  consumerId: string | null;
  /** The service called. */
  serviceId: string;
  /** Art. 45.2c: the operation, e.g. `GET /dmdc/1.0/tinh`. */
  operation: string;
  /** Art. 45.2c: the request parameters (query and key). */
  parameters: Readonly<Record<string, string>>;
  /** The purpose agreed for this consumer (Art. 35.2c), for the annual assessment (Art. 16.2đ). */
  purpose: string | null;
  /** Art. 45.2đ: the request id, to match the gateway's records in a dispute. */
  requestId: string | null;
  /** Art. 45.2d: the HTTP status answered. */
  httpStatus: number;
  /** Art. 45.2d: whether the request was met. */
  outcome: SharingOutcome;
  /** Art. 45.2d: records shared; null when none were. */
  recordCount: number | null;
  /** Art. 45.2d: the data items shared. */
  itemCodes: readonly string[] | null;
  /** Art. 45.2d (a digest instead of a copy): SHA-256 of the response body shared. */
  dataSha256: string | null;
}

/** A record as stored: its place in the chain and the hashes that seal it. */
export interface StoredSharingLogRecord extends SharingLogRecord {
  /** Position in the log, from 1, without gaps. */
  seq: number;
  /** The `entryHash` of the entry before (64 zeros for the first). */
  prevHash: string;
  /** SHA-256 (or HMAC-SHA-256 with a log key) over `prevHash` and the record. */
  entryHash: string;
}

/** Where the provider writes its sharing log. */
export interface SharingLog {
  /** Appends one record; resolves once it is durably stored. */
  append(record: SharingLogRecord): Promise<void>;
}
