/** The subject and fingerprint of a verified TLS client certificate. */
export interface ClientCertificate {
  /** Subject attributes, e.g. `{ CN: 'H47.22', O: 'UBND tinh Khanh Hoa' }`. */
  subject: Readonly<Record<string, string | readonly string[]>>;
  /** SHA-256 fingerprint, `AB:CD:…`, when known. */
  fingerprint256?: string;
}

/** What an adapter knows about a request beyond the Fetch `Request`. */
export interface RequestContext {
  /**
   * The client certificate of a mutual-TLS connection, set by the adapter only once the TLS layer
   * has verified it against the trusted CAs.
   */
  clientCertificate?: ClientCertificate;
  /**
   * Aborted when the client goes away; used instead of the `Request`'s own signal when set (an
   * adapter sets it because a `Request` built with a signal costs ~25 µs more on Node 20).
   */
  signal?: AbortSignal;
}

/** An authenticated consumer: the requesting agency (Decree 47/2020 Art. 40.1, 45.2b). */
export interface Consumer {
  /** The agency e-ID (QĐ 20/2020/QĐ-TTg), checked with `checkAgencyId`. */
  id: string;
  /** How it was authenticated. */
  method: 'jwt' | 'mutual-tls';
  /** The verified token claims, for `jwt`. */
  claims?: Readonly<Record<string, unknown>>;
}

/**
 * Establishes who calls. Returns undefined when the request carries no credential of its kind (the
 * next authenticator is tried), and throws a `RequestRejectedError` (401) when it carries one that
 * fails.
 */
export interface ConsumerAuthenticator {
  /** Authenticates the request, or returns undefined when it has no credential of this kind. */
  authenticate(request: Request, context: RequestContext): Promise<Consumer | undefined>;
}
