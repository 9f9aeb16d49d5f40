import type { Readable } from 'node:stream';
import type { HttpMethod } from './gateway-request';

/** One attempt as the transport sends it: everything already resolved (URL, headers, body). */
export interface OutgoingRequest {
  /** HTTP method. */
  method: HttpMethod;
  /** Absolute URL, query included. */
  url: string;
  /** Every header to send, credentials included. */
  headers: Record<string, string>;
  /** The body, if any. */
  body?: string | Uint8Array | Readable;
  /** Milliseconds before the attempt is abandoned (the whole answer must have arrived). */
  timeout: number;
  /** The caller's signal. */
  signal?: AbortSignal;
}

/** A whole answer, whatever its status. */
export interface IncomingResponse {
  /** HTTP status. */
  status: number;
  /** Headers with lower-case names (repeated headers joined with `, `). */
  headers: Record<string, string>;
  /** The body, decompressed. */
  body: Uint8Array;
}

/** Why an attempt got no whole answer. */
export type TransportFailureKind = 'connection' | 'timeout' | 'aborted';

/**
 * An attempt without an answer. Internal: the client turns it into `ConnectionError`,
 * `TimeoutError` or `AbortedError` with the call's context. It holds no request data.
 */
export class TransportFailure extends Error {
  /** What happened. */
  readonly kind: TransportFailureKind;
  /** The system or TLS error code (`ECONNRESET`, `CERT_HAS_EXPIRED`…), when known. */
  readonly systemCode: string | undefined;
  constructor(kind: TransportFailureKind, systemCode?: string) {
    super(systemCode === undefined ? kind : `${kind} (${systemCode})`);
    this.name = 'TransportFailure';
    this.kind = kind;
    this.systemCode = systemCode;
  }
}

/** Sends one attempt. Answers of every status resolve; no answer rejects with a {@link TransportFailure}. */
export interface HttpTransport {
  /** Sends the request and reads the whole answer. */
  send(request: OutgoingRequest): Promise<IncomingResponse>;
}
