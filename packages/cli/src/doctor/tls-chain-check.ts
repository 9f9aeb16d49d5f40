import { isIP } from 'node:net';
import { connect, type PeerCertificate, rootCertificates } from 'node:tls';
import type { LocalizedMessage } from '@chiase/schema';
import type { DoctorCheck } from './doctor-check';

/** Fewer days than this before expiry is worth a warning. */
const EXPIRY_WARNING_DAYS = 30;
const DAY_MS = 86_400_000;

const UNTRUSTED_FIX: LocalizedMessage = {
  vi: 'Nếu máy chủ không gửi chứng thư trung gian, đề nghị đơn vị vận hành cổng cấu hình đủ chuỗi. Nếu CA của cổng không phải CA công cộng (ví dụ CA chuyên dùng Chính phủ), chỉ ra tệp CA bằng --ca <tệp.pem> (hoặc NODE_EXTRA_CA_CERTS, hoặc `ca` của hồ sơ cổng trong mã). Đừng tắt kiểm tra chứng thư.',
  en: "If the server sends no intermediate certificates, ask the gateway operator to serve the full chain. If the gateway's CA is not a public one (e.g. the government's own CA), name its file with --ca <file.pem> (or NODE_EXTRA_CA_CERTS, or the profile's `ca` in code). Do not turn certificate checks off.",
};

function fixFor(code: string, certificate: PeerCertificate | undefined): LocalizedMessage {
  switch (code) {
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'UNABLE_TO_GET_ISSUER_CERT':
    case 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY':
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'SELF_SIGNED_CERT_IN_CHAIN':
      return UNTRUSTED_FIX;
    case 'CERT_HAS_EXPIRED':
      return {
        vi: `Chứng thư đã hết hạn (${certificate?.valid_to ?? '?'}): đề nghị đơn vị vận hành cổng gia hạn. Kiểm tra cả đồng hồ máy này.`,
        en: `The certificate expired (${certificate?.valid_to ?? '?'}): ask the gateway operator to renew it. Check this machine's clock too.`,
      };
    case 'CERT_NOT_YET_VALID':
      return {
        vi: 'Chứng thư chưa có hiệu lực: đồng hồ máy này có thể đang chậm; đồng bộ qua NTP.',
        en: "The certificate is not valid yet: this machine's clock may be behind; synchronise it with NTP.",
      };
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return {
        vi: `Dùng đúng tên máy chủ ghi trong chứng thư (${certificate?.subjectaltname ?? '?'}) trong URL cổng.`,
        en: `Use a host name the certificate is issued for (${certificate?.subjectaltname ?? '?'}) in the gateway URL.`,
      };
    default:
      return {
        vi: 'Kiểm tra cấu hình TLS của cổng với đơn vị vận hành.',
        en: "Check the gateway's TLS set-up with its operator.",
      };
  }
}

function firstName(field: PeerCertificate['subject'] | undefined): string {
  const cn = field?.CN;
  return (Array.isArray(cn) ? cn[0] : cn) ?? field?.O?.toString() ?? '?';
}

/** The chain the server sent, leaf first (the issuer links end at a self-signed certificate). */
function chainLength(certificate: PeerCertificate): number {
  let length = 0;
  const seen = new Set<string>();
  for (
    let c: PeerCertificate | undefined = certificate;
    c !== undefined && !seen.has(c.fingerprint256);
    c = (c as { issuerCertificate?: PeerCertificate }).issuerCertificate
  ) {
    seen.add(c.fingerprint256);
    length += 1;
  }
  return length;
}

/**
 * Opens a TLS connection to the gateway as the client would (Node's roots plus `ca`) and reports
 * whether the chain verifies, for which host names and until when, with what to do when it does not.
 */
export function tlsChainCheck(url: URL, ca: string | undefined, timeoutMs: number): Promise<DoctorCheck> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const port = url.port === '' ? 443 : Number(url.port);
  return new Promise((resolve) => {
    const socket = connect({
      host,
      port,
      ...(isIP(host) === 0 ? { servername: host } : {}),
      ...(ca === undefined ? {} : { ca: [...rootCertificates, ca] }),
      // Verification is read from `authorized` below, so that a failure can be explained, not just refused.
      rejectUnauthorized: false,
      timeout: timeoutMs,
    });
    const finish = (check: DoctorCheck) => {
      socket.destroy();
      resolve(check);
    };
    socket.once('secureConnect', () => {
      const certificate = socket.getPeerCertificate(true);
      const validTo = Date.parse(certificate.valid_to);
      const who = `${firstName(certificate.subject)} ← ${firstName(certificate.issuer)}`;
      if (!socket.authorized) {
        const code = String(socket.authorizationError ?? 'UNKNOWN');
        finish({
          id: 'tls',
          status: 'fail',
          detail: {
            vi: `chứng thư ${who} không được tin cậy (${code})`,
            en: `certificate ${who} is not trusted (${code})`,
          },
          fix: fixFor(code, certificate),
        });
        return;
      }
      const days = Math.floor((validTo - Date.now()) / DAY_MS);
      const detail = {
        vi: `${who}, chuỗi ${chainLength(certificate)} chứng thư, hết hạn ${certificate.valid_to} (còn ${days} ngày)`,
        en: `${who}, chain of ${chainLength(certificate)}, expires ${certificate.valid_to} (${days} days left)`,
      };
      if (days < EXPIRY_WARNING_DAYS) {
        finish({
          id: 'tls',
          status: 'warn',
          detail,
          fix: {
            vi: 'Đề nghị đơn vị vận hành cổng gia hạn chứng thư sớm.',
            en: 'Ask the gateway operator to renew the certificate soon.',
          },
        });
        return;
      }
      finish({ id: 'tls', status: 'pass', detail });
    });
    socket.once('timeout', () =>
      finish({
        id: 'tls',
        status: 'fail',
        detail: {
          vi: `không hoàn tất bắt tay TLS với ${host}:${port} sau ${timeoutMs} ms`,
          en: `no TLS handshake with ${host}:${port} within ${timeoutMs} ms`,
        },
        fix: {
          vi: 'Kiểm tra tường lửa, proxy và cổng trong URL; cổng có thể chỉ nhận kết nối từ mạng nội bộ (mạng TSLCD).',
          en: 'Check firewalls, proxies and the port in the URL; the gateway may accept connections only from its private network.',
        },
      }),
    );
    socket.once('error', (error: Error & { code?: string }) =>
      finish({
        id: 'tls',
        status: 'fail',
        detail: {
          vi: `không kết nối TLS được tới ${host}:${port} (${error.code ?? error.message})`,
          en: `cannot open a TLS connection to ${host}:${port} (${error.code ?? error.message})`,
        },
        fix: {
          vi: 'Kiểm tra URL cổng (https hay http, tên máy, cổng) và kết nối mạng tới cổng.',
          en: 'Check the gateway URL (https or http, host, port) and the network path to the gateway.',
        },
      }),
    );
  });
}
