import { AuthenticationError, type GatewayClient, GatewayError, PermissionDeniedError } from '@chiase/client';
import type { DoctorCheck } from './doctor-check';

/**
 * Obtains a token the way every command does, by making the first authenticated call (one page of
 * the services catalogue), and tells a refused account apart from a refused call.
 */
export async function tokenCheck(client: GatewayClient): Promise<DoctorCheck> {
  try {
    await client.services.list({ limit: 1 });
    return {
      id: 'token',
      status: 'pass',
      detail: {
        vi: `đã lấy được token (${client.authType}) và gọi được API`,
        en: `a token was issued (${client.authType}) and the API accepted it`,
      },
    };
  } catch (error) {
    const tokenRefused =
      GatewayError.isInstance(error) && error.path?.endsWith(client.profile.tokenPath) === true;
    if (tokenRefused || AuthenticationError.isInstance(error)) {
      return {
        id: 'token',
        status: 'fail',
        detail: (error as GatewayError).localized,
        fix: tokenRefused
          ? {
              vi: 'Cổng từ chối khoá/mật khẩu kết nối: kiểm tra CHIASE_CONSUMER_KEY và CHIASE_CONSUMER_SECRET (hoặc --consumer-key, --consumer-secret); tài khoản có thể đã bị thu hồi hoặc chưa được cấp. Nếu cổng nhận thông tin xác thực trong thân yêu cầu thay vì HTTP Basic, dùng --profile reference-form.',
              en: 'The gateway refused the consumer key or secret: check CHIASE_CONSUMER_KEY and CHIASE_CONSUMER_SECRET (or --consumer-key, --consumer-secret); the account may be revoked or not issued yet. If the gateway takes credentials in the form body rather than HTTP Basic, use --profile reference-form.',
            }
          : {
              vi: 'Token được cấp nhưng API từ chối: đề nghị đơn vị vận hành cổng kiểm tra tài khoản kết nối.',
              en: 'A token was issued but the API refused it: ask the gateway operator to check the connection account.',
            },
      };
    }
    if (PermissionDeniedError.isInstance(error)) {
      return {
        id: 'token',
        status: 'pass',
        detail: {
          vi: 'đã lấy được token; tài khoản không có quyền đọc danh mục dịch vụ (không ảnh hưởng các API khác)',
          en: 'a token was issued; the account may not read the services catalogue (other APIs are unaffected)',
        },
      };
    }
    if (GatewayError.isInstance(error)) {
      return {
        id: 'token',
        status: 'fail',
        detail: error.localized,
        fix: { vi: 'Xem kiểm tra kết nối ở trên.', en: 'See the reachability check above.' },
      };
    }
    throw error;
  }
}
