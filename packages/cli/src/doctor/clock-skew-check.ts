import type { DoctorCheck } from './doctor-check';

/** Within this the clocks agree (an HTTP Date has one-second resolution; networks add delay). */
const AGREE_MS = 30_000;
/** Beyond this the skew breaks things: five minutes is the usual tolerance for token and signature times. */
const FAIL_MS = 5 * 60_000;

const FIX = {
  vi: 'Đồng bộ đồng hồ máy này qua NTP (Linux: timedatectl set-ntp true; Windows: w32tm /resync). Hạn token và chữ ký thông báo thay đổi được so theo thời gian.',
  en: "Synchronise this machine's clock with NTP (Linux: timedatectl set-ntp true; Windows: w32tm /resync). Token expiry and change-notification signatures are checked against the time.",
};

/**
 * Compares the gateway's clock (its `Date` header) with this machine's, allowing for the header's
 * one-second resolution and the request's round trip.
 */
export function clockSkewCheck(
  dateHeader: string | undefined,
  sentAt: number,
  receivedAt: number,
): DoctorCheck {
  const serverTime = dateHeader === undefined ? Number.NaN : Date.parse(dateHeader);
  if (Number.isNaN(serverTime)) {
    return {
      id: 'clock',
      status: 'skip',
      detail: { vi: 'cổng không gửi tiêu đề Date hợp lệ', en: 'the gateway sent no valid Date header' },
    };
  }
  // The header has whole seconds and was written some time during the round trip, so the skew lies in
  // [low, high]; the smallest skew consistent with it is reported, never one the network made up.
  const low = serverTime - receivedAt;
  const high = serverTime + 1000 - sentAt;
  const skewMs = low > 0 ? low : high < 0 ? high : 0;
  const skew = Math.round(skewMs / 1000);
  const seconds = Math.abs(skew);
  const direction =
    skew > 0
      ? { vi: 'chậm hơn cổng', en: 'behind the gateway' }
      : { vi: 'nhanh hơn cổng', en: 'ahead of the gateway' };
  const detail =
    seconds * 1000 <= AGREE_MS
      ? { vi: `lệch ${seconds} giây so với cổng`, en: `${seconds} s from the gateway's clock` }
      : {
          vi: `đồng hồ máy này ${direction.vi} ${seconds} giây`,
          en: `this machine's clock is ${seconds} s ${direction.en}`,
        };
  if (seconds * 1000 <= AGREE_MS) return { id: 'clock', status: 'pass', detail };
  return { id: 'clock', status: seconds * 1000 > FAIL_MS ? 'fail' : 'warn', detail, fix: FIX };
}
