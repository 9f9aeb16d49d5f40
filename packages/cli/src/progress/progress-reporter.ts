import type { Language } from '@chiase/schema';
import { MESSAGES } from '../messages/cli-messages';
import type { CliStream } from '../program/cli-io';

/**
 * Where a long run is. Shaped after the progress events of `@chiase/connector-kit` (rows, bytes and
 * their totals when known); rate and ETA are derived here.
 */
export interface ProgressUpdate {
  /** Rows processed so far. */
  readonly rows: number;
  /** Bytes of input read so far, when the source is a file. */
  readonly bytes?: number;
  /** Total input bytes, when known (the file size): the bar's percentage comes from bytes first. */
  readonly totalBytes?: number;
  /** Total rows, when known. */
  readonly totalRows?: number;
}

/** Settings of {@link createProgressReporter}. */
export interface ProgressReporterSettings {
  /** Where progress goes (stderr). A TTY gets a redrawn bar; anything else gets plain lines. */
  readonly stream: CliStream;
  /** Message language. */
  readonly language: Language;
  /** Milliseconds between plain lines when the stream is not a TTY. Default: 5 000. */
  readonly intervalMs?: number;
  /** Milliseconds between redraws of the bar on a TTY. Default: 100. */
  readonly redrawMs?: number;
  /** The time source, in milliseconds. Default: `Date.now`. */
  readonly now?: () => number;
}

/** Reports a long run's progress; call `update` as often as you like, `finish` once. */
export interface ProgressReporter {
  /** Records progress; draws or prints when due. */
  update(progress: ProgressUpdate): void;
  /** Prints the final line (rows and time taken) and leaves the terminal line clean. */
  finish(progress?: ProgressUpdate): void;
}

const BAR_WIDTH = 24;

function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

/** The fraction done, from bytes when their total is known, else from rows; undefined without totals. */
function fractionOf(p: ProgressUpdate): number | undefined {
  if (p.totalBytes !== undefined && p.totalBytes > 0 && p.bytes !== undefined) {
    return Math.min(1, p.bytes / p.totalBytes);
  }
  if (p.totalRows !== undefined && p.totalRows > 0) return Math.min(1, p.rows / p.totalRows);
  return undefined;
}

/**
 * A progress reporter for long runs: on a terminal, one line redrawn in place with a bar, the rate
 * and the ETA; elsewhere (CI logs, files) a plain line every few seconds, so logs stay readable.
 */
export function createProgressReporter(settings: ProgressReporterSettings): ProgressReporter {
  const now = settings.now ?? Date.now;
  const tty = settings.stream.isTTY === true;
  const interval = tty ? (settings.redrawMs ?? 100) : (settings.intervalMs ?? 5000);
  const numbers = new Intl.NumberFormat(settings.language === 'vi' ? 'vi-VN' : 'en-US', {
    maximumFractionDigits: 0,
  });
  const t = (m: { vi: string; en: string }) => m[settings.language];
  const started = now();
  let last: ProgressUpdate = { rows: 0 };
  let lastShown = Number.NEGATIVE_INFINITY;
  let drawn = false;

  const line = (p: ProgressUpdate): string => {
    const elapsed = Math.max(0.001, (now() - started) / 1000);
    const fraction = fractionOf(p);
    const parts = [t(MESSAGES.progressRows(numbers.format(p.rows)))];
    parts.push(t(MESSAGES.progressRate(numbers.format(p.rows / elapsed))));
    if (fraction !== undefined && fraction > 0 && fraction < 1) {
      parts.push(t(MESSAGES.progressEta(duration((elapsed * (1 - fraction)) / fraction))));
    }
    const percent = fraction === undefined ? '' : `${Math.floor(fraction * 100)}%`;
    if (!tty) return [percent, ...parts].filter((s) => s !== '').join(' · ');
    const filled = fraction === undefined ? 0 : Math.round(fraction * BAR_WIDTH);
    const bar =
      fraction === undefined
        ? ''
        : `[${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}] ${percent.padStart(4)} `;
    const text = `${bar}${parts.join(' · ')}`;
    const columns = settings.stream.columns ?? 80;
    return text.length >= columns ? text.slice(0, columns - 1) : text;
  };

  const show = (p: ProgressUpdate): void => {
    if (tty) {
      // \r back to the line start, \x1b[K erases what a longer previous line left.
      settings.stream.write(`\r${line(p)}\x1b[K`);
      drawn = true;
    } else {
      settings.stream.write(`${line(p)}\n`);
    }
    lastShown = now();
  };

  return {
    update(progress) {
      last = progress;
      if (now() - lastShown >= interval) show(progress);
    },
    finish(progress) {
      const final = progress ?? last;
      if (tty && drawn) settings.stream.write('\r\x1b[K');
      const seconds = duration((now() - started) / 1000);
      settings.stream.write(`${t(MESSAGES.progressDone(numbers.format(final.rows), seconds))}\n`);
    },
  };
}
