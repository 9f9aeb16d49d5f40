import type { Command } from 'commander';
import type { CheckId, CheckStatus } from '../doctor/doctor-check';
import { runDoctor } from '../doctor/run-doctor';
import { type GatewayFlags, withGatewayOptions } from '../gateway/gateway-options';
import { MESSAGES } from '../messages/cli-messages';
import type { CliContext } from '../program/cli-context';
import { commandAction } from '../program/command-action';
import { EXIT_FAILED, EXIT_OK } from '../program/report-error';

const TITLES: Readonly<Record<CheckId, { vi: string; en: string }>> = {
  settings: { vi: 'Cấu hình cổng', en: 'Gateway settings' },
  tls: { vi: 'Chuỗi chứng thư TLS', en: 'TLS certificate chain' },
  reachable: { vi: 'Kết nối tới cổng', en: 'Gateway reachable' },
  clock: { vi: 'Lệch đồng hồ', en: 'Clock skew' },
  token: { vi: 'Lấy token', en: 'Access token' },
};

const LABELS: Readonly<Record<CheckStatus, { vi: string; en: string }>> = {
  pass: MESSAGES.checkPassed,
  warn: MESSAGES.checkWarning,
  fail: MESSAGES.checkFailed,
  skip: MESSAGES.checkSkipped,
};

/** `chiase doctor`: checks the gateway URL, TLS chain, reachability, clock skew and token; says what to fix. */
export function registerDoctorCommand(program: Command, context: CliContext): void {
  withGatewayOptions(
    program.command('doctor').description(context.text(MESSAGES.doctorDescription)),
    context,
  ).action(
    commandAction(context, async (command) => {
      const checks = await runDoctor(command.opts<GatewayFlags>(), context);
      const failed = checks.filter((c) => c.status === 'fail').length;
      context.emitJson({
        ok: failed === 0,
        checks: checks.map((c) => ({
          id: c.id,
          status: c.status,
          detail: context.text(c.detail),
          ...(c.fix === undefined ? {} : { fix: context.text(c.fix) }),
        })),
      });
      const width = Math.max(...Object.values(LABELS).map((l) => context.text(l).length)) + 2;
      for (const check of checks) {
        const label = `[${context.text(LABELS[check.status])}]`.padEnd(width + 1);
        context.out(`${label}${context.text(TITLES[check.id])}: ${context.text(check.detail)}`);
        if (check.fix !== undefined && check.status !== 'pass') {
          context.out(
            `${' '.repeat(width + 1)}${context.text(MESSAGES.fixPrefix)}: ${context.text(check.fix)}`,
          );
        }
      }
      context.out(failed === 0 ? MESSAGES.doctorAllPassed : MESSAGES.doctorFailed(failed));
      return failed === 0 ? EXIT_OK : EXIT_FAILED;
    }),
  );
}
