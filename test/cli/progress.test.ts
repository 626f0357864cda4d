import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { progress } from '../../src/cli/progress.js';
import { fakeIo } from './helpers.js';

function io(tty: boolean, sink: string[]): CliIo {
  return { ...fakeIo(), stderr: (t) => void sink.push(t), stdoutIsTTY: tty, stderrIsTTY: tty };
}

describe('progress on stderr', () => {
  it('stays silent for the first second, then names each step with the time', () => {
    const lines: string[] = [];
    let t = 0;
    const step = progress(io(true, lines), () => t);
    t = 400;
    step('đã đọc kế hoạch');
    expect(lines).toEqual([]);
    t = 2500;
    step('đã đánh giá');
    expect(lines).toEqual(['… đã đánh giá (2,5 s)\n']);
  });

  it('never writes when stderr is not a terminal', () => {
    const lines: string[] = [];
    let t = 0;
    const step = progress(io(false, lines), () => t);
    t = 5000;
    step('đã đánh giá');
    expect(lines).toEqual([]);
  });
});
