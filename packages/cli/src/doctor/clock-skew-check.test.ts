import { describe, expect, it } from 'vitest';
import { clockSkewCheck } from './clock-skew-check';

const sent = Date.parse('2026-03-01T08:00:00Z');

describe('clockSkewCheck', () => {
  it('passes when the clocks agree within the round trip', () => {
    expect(clockSkewCheck('Sun, 01 Mar 2026 08:00:01 GMT', sent, sent + 2000).status).toBe('pass');
  });

  it('reports no skew when the whole-second header fits the round trip', () => {
    const check = clockSkewCheck('Sun, 01 Mar 2026 08:00:00 GMT', sent + 690, sent + 710);
    expect(check.detail.en).toBe("0 s from the gateway's clock");
  });

  it('warns beyond 30 seconds and fails beyond five minutes, saying which clock is ahead', () => {
    const warn = clockSkewCheck('Sun, 01 Mar 2026 08:01:00 GMT', sent, sent);
    expect(warn).toMatchObject({
      status: 'warn',
      detail: { en: "this machine's clock is 60 s behind the gateway" },
    });
    const fail = clockSkewCheck('Sun, 01 Mar 2026 07:50:00 GMT', sent, sent);
    expect(fail.status).toBe('fail');
    expect(fail.detail.en).toBe("this machine's clock is 599 s ahead of the gateway");
    expect(fail.fix?.en).toContain('NTP');
  });

  it('skips without a usable Date header', () => {
    expect(clockSkewCheck(undefined, sent, sent).status).toBe('skip');
    expect(clockSkewCheck('yesterday', sent, sent).status).toBe('skip');
  });
});
