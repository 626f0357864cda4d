/**
 * Progress on stderr for long runs: after a step finishes, its name and the
 * time so far are shown — only on a terminal, and only once the run has taken
 * more than a second (so quick runs and pipes stay silent).
 *
 * @module
 */
import type { CliIo } from './io.js';

/** Reports a finished step. */
export type Progress = (step: string) => void;

/** A progress reporter; `now` is injectable for tests. */
export function progress(io: CliIo, now: () => number = () => performance.now()): Progress {
  const started = now();
  if (!io.stderrIsTTY) return () => undefined;
  return (step) => {
    const ms = now() - started;
    if (ms > 1000) io.stderr(`… ${step} (${(ms / 1000).toFixed(1).replace('.', ',')} s)\n`);
  };
}
