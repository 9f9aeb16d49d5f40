import type { ClientCertificate, Consumer, ConsumerAuthenticator } from './consumer';
import { consumerFromIdentity } from './consumer-identity';

/** Settings of {@link mtlsAuthenticator}. */
export interface MtlsAuthenticatorSettings {
  /**
   * Reads the agency e-ID from the verified certificate. Default: the subject's `CN`, e.g.
   * `CN=H47.22`. Use e.g. `(c) => c.subject.serialNumber` when the CA puts the e-ID elsewhere.
   */
  consumerIdFrom?: (certificate: ClientCertificate) => string | undefined;
}

function commonName(certificate: ClientCertificate): string | undefined {
  const cn = certificate.subject.CN;
  return typeof cn === 'string' ? cn : cn?.[0];
}

/**
 * Authenticates the consumer by the subject of its TLS client certificate, which the adapter passes
 * only after the TLS layer verified it (Node `requestCert` with the trusted CA bundle). The e-ID read
 * from it is checked against QĐ 20/2020/QĐ-TTg.
 */
export function mtlsAuthenticator(settings: MtlsAuthenticatorSettings = {}): ConsumerAuthenticator {
  const read = settings.consumerIdFrom ?? commonName;
  return {
    async authenticate(_request, context): Promise<Consumer | undefined> {
      const certificate = context.clientCertificate;
      if (certificate === undefined) return undefined;
      return consumerFromIdentity(read(certificate), 'mutual-tls');
    },
  };
}
