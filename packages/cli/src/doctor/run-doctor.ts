import { type GatewayClient, staticToken } from '@chiase/client';
import { ChiaseError } from '@chiase/schema';
import { type GatewayFlags, gatewayClient, gatewaySettings } from '../gateway/gateway-options';
import type { CliContext } from '../program/cli-context';
import { clockSkewCheck } from './clock-skew-check';
import type { CheckId, DoctorCheck } from './doctor-check';
import { reachabilityCheck } from './reachability-check';
import { tlsChainCheck } from './tls-chain-check';
import { tokenCheck } from './token-check';

/** How long each network check may take. */
const TIMEOUT_MS = 10_000;

function skipped(id: CheckId): DoctorCheck {
  return {
    id,
    status: 'skip',
    detail: { vi: 'bỏ qua vì kiểm tra trước không đạt', en: 'skipped: an earlier check failed' },
  };
}

const LOOPBACK = /^(127\.|localhost$|\[?::1\]?$)/;

/**
 * Runs every check in order (settings, TLS chain, reachability, clock skew, token); a check that needs
 * an earlier one that failed is skipped. Never throws for a gateway problem: each is a failed check.
 */
export async function runDoctor(flags: GatewayFlags, context: CliContext): Promise<DoctorCheck[]> {
  const checks: DoctorCheck[] = [];
  const settings = await gatewaySettings(flags, context);
  // The connectivity checks need no credentials; the token check reports missing ones itself.
  let anonymous: GatewayClient;
  try {
    anonymous = await gatewayClient(flags, context, {
      auth: staticToken('unused'),
      maxRetries: 0,
      timeout: TIMEOUT_MS,
      logLevel: 'off',
    });
  } catch (error) {
    if (!ChiaseError.isInstance(error)) throw error;
    checks.push({
      id: 'settings',
      status: 'fail',
      detail: error.localized,
      fix: {
        vi: 'Đặt CHIASE_GATEWAY_URL (hoặc --gateway-url) là URL của cổng, ví dụ https://lgsp.tinh.gov.vn:8243.',
        en: 'Set CHIASE_GATEWAY_URL (or --gateway-url) to the gateway URL, e.g. https://lgsp.province.gov.vn:8243.',
      },
    });
    for (const id of ['tls', 'reachable', 'clock', 'token'] as const) checks.push(skipped(id));
    return checks;
  }
  const url = new URL(anonymous.gatewayUrl);
  checks.push({
    id: 'settings',
    status: 'pass',
    detail: {
      vi: `${anonymous.gatewayUrl} (hồ sơ ${anonymous.profile.name})`,
      en: `${anonymous.gatewayUrl} (profile ${anonymous.profile.name})`,
    },
  });

  let tlsFailed = false;
  if (url.protocol === 'https:') {
    const ca = typeof settings.profile === 'object' ? (settings.profile.ca as string | undefined) : undefined;
    const tls = await tlsChainCheck(url, ca, TIMEOUT_MS);
    tlsFailed = tls.status === 'fail';
    checks.push(tls);
  } else if (LOOPBACK.test(url.hostname)) {
    checks.push({
      id: 'tls',
      status: 'skip',
      detail: { vi: 'HTTP trên chính máy này, không có TLS', en: 'plain HTTP on this machine, no TLS' },
    });
  } else {
    checks.push({
      id: 'tls',
      status: 'warn',
      detail: {
        vi: 'URL dùng HTTP thường: khoá, mật khẩu và dữ liệu đi không mã hoá',
        en: 'the URL uses plain HTTP: credentials and data travel unencrypted',
      },
      fix: { vi: 'Dùng URL https:// của cổng.', en: "Use the gateway's https:// URL." },
    });
  }
  if (tlsFailed) {
    for (const id of ['reachable', 'clock', 'token'] as const) checks.push(skipped(id));
    return checks;
  }

  const health = await reachabilityCheck(anonymous);
  checks.push(health.check);
  checks.push(clockSkewCheck(health.date, health.sentAt, health.receivedAt));
  if (health.check.status === 'fail' && health.date === undefined) {
    checks.push(skipped('token'));
    return checks;
  }

  try {
    const client = await gatewayClient(flags, context, {
      maxRetries: 0,
      timeout: TIMEOUT_MS,
      logLevel: 'off',
    });
    checks.push(await tokenCheck(client));
  } catch (error) {
    if (!ChiaseError.isInstance(error)) throw error;
    checks.push({
      id: 'token',
      status: 'fail',
      detail: error.localized,
      fix: {
        vi: 'Đặt CHIASE_CONSUMER_KEY và CHIASE_CONSUMER_SECRET (tài khoản kết nối do cổng cấp).',
        en: 'Set CHIASE_CONSUMER_KEY and CHIASE_CONSUMER_SECRET (the connection account the gateway issued).',
      },
    });
  }
  return checks;
}
