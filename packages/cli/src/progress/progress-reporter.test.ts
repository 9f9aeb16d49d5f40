import { describe, expect, it } from 'vitest';
import { createProgressReporter } from './progress-reporter';

function fakeStream(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, stream: { isTTY, columns: 100, write: (s: string) => chunks.push(s) } };
}

describe('createProgressReporter', () => {
  it('prints a plain line at most every interval when the stream is not a terminal', () => {
    let time = 0;
    const { chunks, stream } = fakeStream(false);
    const reporter = createProgressReporter({ stream, language: 'en', intervalMs: 5000, now: () => time });
    for (let second = 1; second <= 12; second += 1) {
      time = second * 1000;
      reporter.update({ rows: second * 200_000, bytes: second * 10, totalBytes: 200 });
    }
    reporter.finish();
    expect(chunks).toEqual([
      '5% · 200,000 rows · 200,000 rows/s · ETA 0:19\n',
      '30% · 1,200,000 rows · 200,000 rows/s · ETA 0:14\n',
      '55% · 2,200,000 rows · 200,000 rows/s · ETA 0:09\n',
      'Done: 2,400,000 rows in 0:12.\n',
    ]);
    expect(chunks.join('')).not.toContain('\r');
  });

  it('redraws one terminal line with a bar, and clears it when done', () => {
    let time = 0;
    const { chunks, stream } = fakeStream(true);
    const reporter = createProgressReporter({ stream, language: 'en', now: () => time });
    time = 2000;
    reporter.update({ rows: 500, totalRows: 1000 });
    time = 2050;
    reporter.update({ rows: 510, totalRows: 1000 });
    reporter.finish({ rows: 1000, totalRows: 1000 });
    expect(chunks).toHaveLength(3);
    expect(chunks[0]).toBe('\r[████████████░░░░░░░░░░░░]  50% 500 rows · 250 rows/s · ETA 0:02\x1b[K');
    expect(chunks[1]).toBe('\r\x1b[K');
    expect(chunks[2]).toBe('Done: 1,000 rows in 0:02.\n');
  });

  it('speaks Vietnamese with Vietnamese digit grouping, and needs no totals', () => {
    let time = 0;
    const { chunks, stream } = fakeStream(false);
    const reporter = createProgressReporter({ stream, language: 'vi', now: () => time });
    time = 10_000;
    reporter.update({ rows: 1_500_000 });
    expect(chunks[0]).toBe('1.500.000 dòng · 150.000 dòng/giây\n');
  });

  it('fits the bar into a narrow terminal', () => {
    let time = 0;
    const chunks: string[] = [];
    const reporter = createProgressReporter({
      stream: { isTTY: true, columns: 30, write: (s: string) => chunks.push(s) },
      language: 'en',
      now: () => time,
    });
    time = 1000;
    reporter.update({ rows: 10, totalRows: 100 });
    const drawn = (chunks[0] ?? '').replace('\r', '').replace('\x1b[K', '');
    expect(drawn.length).toBeLessThan(30);
  });
});
