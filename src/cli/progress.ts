// A progress bar on the terminal (standard error only) for long calendars, shown once a check takes a moment.

import cliProgress from 'cli-progress';
import type { Output } from './output.ts';

/** Fewer posts than this finish before a bar would be worth drawing. */
export const PROGRESS_MIN_POSTS = 200;
/** The bar appears only after this long, so quick checks never flicker. */
const SHOW_AFTER_MS = 300;

export interface Progress {
  tick(): void;
  stop(): void;
}

const NONE: Progress = { tick() {}, stop() {} };

export interface ProgressTarget {
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdoutIsTTY: boolean;
  output: Output;
}

export function startProgress(label: string, total: number, enabled: boolean, target: ProgressTarget): Progress {
  if (!enabled || !target.stderr.isTTY || total < PROGRESS_MIN_POSTS) return NONE;
  const startedAt = Date.now();
  let done = 0;
  let bar: cliProgress.SingleBar | undefined;
  const onInterrupt = () => {
    bar?.stop();
    process.exit(130);
  };
  return {
    tick() {
      done++;
      if (bar) {
        bar.update(done);
        return;
      }
      if (Date.now() - startedAt < SHOW_AFTER_MS || done >= total) return;
      // Results written to the same terminal would tear the bar: hold them until it is gone.
      if (target.stdoutIsTTY) target.output.hold();
      bar = new cliProgress.SingleBar(
        {
          stream: target.stderr,
          format: `Checking ${label} {bar} {percentage}% | {value}/{total} posts | {eta_formatted} left`,
          clearOnComplete: true,
          hideCursor: true,
          etaBuffer: 200,
        },
        cliProgress.Presets.shades_classic,
      );
      process.once('SIGINT', onInterrupt);
      bar.start(total, done);
    },
    stop() {
      if (!bar) return;
      bar.stop();
      process.removeListener('SIGINT', onInterrupt);
      target.output.release();
    },
  };
}
