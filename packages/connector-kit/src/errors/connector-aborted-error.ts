import { ChiaseError } from '@chiase/schema/codes';
import type { Checkpoint } from '../spec/checkpoint';
import { ConnectorError } from './connector-error';

const MARKER = 'chiase.connector_kit.aborted';
const SYMBOL = Symbol.for(MARKER);

/** The run was stopped through its AbortSignal. The last acknowledged checkpoint is kept; no partial batch was written. */
export class ConnectorAbortedError extends ConnectorError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: brand read through Symbol.for() in isInstance().
  private readonly [SYMBOL] = true;
  /** The checkpoint a new run will resume from (undefined: it starts from the beginning). */
  readonly checkpoint: Checkpoint | undefined;

  constructor(options: { checkpoint: Checkpoint | undefined; reason: unknown }) {
    const resume =
      options.checkpoint === undefined
        ? { vi: 'lần chạy sau sẽ bắt đầu lại từ đầu', en: 'the next run starts from the beginning' }
        : {
            vi: `lần chạy sau tiếp tục sau lô ${options.checkpoint.sequence}`,
            en: `the next run resumes after batch ${options.checkpoint.sequence}`,
          };
    super({
      code: 'connector.aborted',
      message: { vi: `Đã dừng theo yêu cầu; ${resume.vi}`, en: `Stopped on request; ${resume.en}` },
      cause: options.reason,
    });
    this.name = 'ConnectorAbortedError';
    this.checkpoint = options.checkpoint;
  }

  /** True when `error` is a ConnectorAbortedError from any installed copy of `@chiase/connector-kit`. */
  static override isInstance(error: unknown): error is ConnectorAbortedError {
    return ChiaseError.hasMarker(error, MARKER);
  }
}
