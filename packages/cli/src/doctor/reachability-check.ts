import { ConnectionError, type GatewayClient, GatewayError, TimeoutError } from '@chiase/client';
import type { LocalizedMessage } from '@chiase/schema';
import type { DoctorCheck } from './doctor-check';

/** The gateway's answer to the health call, for the clock check. */
export interface HealthAnswer {
  /** The check's result. */
  readonly check: DoctorCheck;
  /** The `Date` header of the answer, when there was one. */
  readonly date: string | undefined;
  /** When the request left and the answer came back (ms since the epoch). */
  readonly sentAt: number;
  readonly receivedAt: number;
}

function connectionFix(code: string | undefined): LocalizedMessage {
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return {
      vi: 'Tên máy chủ trong URL cổng không phân giải được: kiểm tra chính tả và DNS (cổng nội bộ có thể cần DNS của mạng chuyên dùng).',
      en: "The host name in the gateway URL does not resolve: check its spelling and DNS (an internal gateway may need its private network's DNS).",
    };
  }
  if (code === 'ECONNREFUSED') {
    return {
      vi: 'Không có dịch vụ nghe ở máy và cổng này: kiểm tra cổng (port) trong URL, hoặc cổng đang không chạy.',
      en: 'Nothing listens on that host and port: check the port in the URL, or the gateway is down.',
    };
  }
  return {
    vi: 'Kiểm tra URL cổng, tường lửa và proxy (HTTPS_PROXY); cổng có thể chỉ nhận kết nối từ mạng nội bộ.',
    en: 'Check the gateway URL, firewalls and proxies (HTTPS_PROXY); the gateway may accept connections only from its private network.',
  };
}

/** Calls the gateway's unauthenticated health operation (Decree 47/2020 Art. 27.1) and explains a failure. */
export async function reachabilityCheck(client: GatewayClient): Promise<HealthAnswer> {
  const sentAt = Date.now();
  try {
    const { data, response } = await client.requestWithResponse<{ status?: string; version?: string }>({
      method: 'GET',
      group: 'health',
      path: '/health',
      anonymous: true,
    });
    const version = data?.version === undefined ? '' : `, ${data.version}`;
    return {
      check: {
        id: 'reachable',
        status: 'pass',
        detail: {
          vi: `${client.gatewayUrl} trả lời HTTP ${response.status}${version}`,
          en: `${client.gatewayUrl} answered HTTP ${response.status}${version}`,
        },
      },
      date: response.headers.date,
      sentAt,
      receivedAt: Date.now(),
    };
  } catch (error) {
    const receivedAt = Date.now();
    if (TimeoutError.isInstance(error) || ConnectionError.isInstance(error)) {
      return {
        check: {
          id: 'reachable',
          status: 'fail',
          detail: error.localized,
          fix: connectionFix(TimeoutError.isInstance(error) ? undefined : error.systemCode),
        },
        date: undefined,
        sentAt,
        receivedAt,
      };
    }
    if (GatewayError.isInstance(error) && error.status !== undefined) {
      return {
        check: {
          id: 'reachable',
          status: 'fail',
          detail: error.localized,
          fix:
            error.status === 404
              ? {
                  vi: 'URL cổng có thể thiếu hoặc thừa tiền tố đường dẫn, hoặc cổng dùng đường dẫn khác: kiểm tra URL và --profile.',
                  en: 'The gateway URL may lack or carry an extra path prefix, or the gateway uses other paths: check the URL and --profile.',
                }
              : {
                  vi: 'Báo lỗi cho đơn vị vận hành cổng kèm mã yêu cầu.',
                  en: 'Report it to the gateway operator with the request id.',
                },
        },
        date: error.headers.date,
        sentAt,
        receivedAt,
      };
    }
    throw error;
  }
}
