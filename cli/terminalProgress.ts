/**
 * The visible `Progress` (workspace/progress.ts): cli-progress on stderr, and
 * only when stderr is a terminal — piped or in CI it is silent, so logs and
 * JSON output stay clean.
 */
import type { Writable } from 'node:stream';
import cliProgress from 'cli-progress';
import { silentProgress, type Progress } from '../workspace/progress.ts';

/** A bar per task on `stream` (stderr), or silence when it is not a terminal. */
export function terminalProgress(stream: Writable & { isTTY?: boolean } = process.stderr): Progress {
  if (!stream.isTTY) return silentProgress;
  return {
    start(label, total) {
      const bar = new cliProgress.SingleBar({
        format: `${label.padEnd(30).slice(0, 30)} {bar} {percentage}% | {duration_formatted}`,
        stream, hideCursor: true, clearOnComplete: false, fps: 5,
      }, cliProgress.Presets.shades_classic);
      bar.start(total, 0);
      return {
        update: (done) => bar.update(Math.min(done, total)),
        stop() {
          bar.update(total);
          bar.stop();
        },
      };
    },
  };
}
