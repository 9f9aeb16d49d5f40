import { ChiaseError } from '@chiase/schema/codes';
import type { Checkpoint } from '../spec/checkpoint';
import { ConnectorError } from './connector-error';

const MARKER = 'chiase.connector_kit.run_failed';
const SYMBOL = Symbol.for(MARKER);

/** The part of a run that failed. */
export type RunStage = 'checkpoint' | 'source' | 'transform' | 'sink' | 'report';

const STAGE_NAMES: Record<RunStage, { vi: string; en: string }> = {
  checkpoint: { vi: 'kho checkpoint', en: 'the checkpoint store' },
  source: { vi: 'nguồn dữ liệu', en: 'the source' },
  transform: { vi: 'bước chuyển đổi', en: 'the transform' },
  sink: { vi: 'đích ghi dữ liệu', en: 'the sink' },
  report: { vi: 'báo cáo lỗi', en: 'the error report' },
};

/**
 * A run failed in its source, transform, sink, checkpoint store or error report. `cause` holds the
 * original error; `checkpoint` is where the next run resumes.
 */
export class ConnectorRunError extends ConnectorError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: brand read through Symbol.for() in isInstance().
  private readonly [SYMBOL] = true;
  /** Where it failed. */
  readonly stage: RunStage;
  /** The checkpoint a new run will resume from (undefined: from the beginning). */
  readonly checkpoint: Checkpoint | undefined;

  constructor(options: { stage: RunStage; checkpoint: Checkpoint | undefined; cause: unknown }) {
    const reason = options.cause instanceof Error ? options.cause.message : String(options.cause);
    const where = STAGE_NAMES[options.stage];
    const after = options.checkpoint === undefined ? 0 : options.checkpoint.sequence;
    super({
      code: `connector.${options.stage}_failed`,
      message: {
        vi: `Lỗi ở ${where.vi}: ${reason}. Lần chạy sau tiếp tục sau lô ${after}.`,
        en: `${where.en[0]?.toUpperCase()}${where.en.slice(1)} failed: ${reason}. The next run resumes after batch ${after}.`,
      },
      cause: options.cause,
    });
    this.name = 'ConnectorRunError';
    this.stage = options.stage;
    this.checkpoint = options.checkpoint;
  }

  /** True when `error` is a ConnectorRunError from any installed copy of `@chiase/connector-kit`. */
  static override isInstance(error: unknown): error is ConnectorRunError {
    return ChiaseError.hasMarker(error, MARKER);
  }
}
