import { checkAgencyId } from '@chiase/schema';
import { authenticationRejection } from './authentication-rejection';
import type { Consumer } from './consumer';

/**
 * The consumer named by an authenticated identity, once its e-ID is checked (QĐ 20/2020/QĐ-TTg Art.
 * 4, 6): a well-formed agency or other-organisation identifier, or a 401.
 */
export function consumerFromIdentity(
  id: string | undefined,
  method: Consumer['method'],
  claims?: Readonly<Record<string, unknown>>,
): Consumer {
  if (id === undefined || id.trim() === '') {
    throw authenticationRejection(
      'provider.consumer_id_missing',
      {
        vi: 'Thông tin xác thực không có mã định danh điện tử của cơ quan khai thác (QĐ 20/2020/QĐ-TTg).',
        en: "The credential does not carry the consumer agency's e-ID (QĐ 20/2020/QĐ-TTg).",
      },
      method === 'jwt' ? 'Bearer' : 'mutual-tls',
    );
  }
  const checked = checkAgencyId(id);
  if (!checked.ok) {
    throw authenticationRejection(
      'provider.consumer_id_invalid',
      {
        vi: `Mã định danh của cơ quan khai thác không hợp lệ: ${checked.message.vi}`,
        en: `The consumer's e-ID is invalid: ${checked.message.en}`,
      },
      method === 'jwt' ? 'Bearer' : 'mutual-tls',
    );
  }
  const consumer: Consumer = { id: id.trim(), method };
  return claims === undefined ? consumer : { ...consumer, claims };
}
