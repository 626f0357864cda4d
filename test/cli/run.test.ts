import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { library } from '../../src/cli/wiring.js';
import { root } from './helpers.js';

function fakeIo(stdin = ''): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readText: (path) =>
      path === '-' ? Promise.resolve(stdin) : readFile(isAbsolute(path) ? path : join(root, path), 'utf8'),
    env: {},
    stdoutIsTTY: false,
    stderrIsTTY: false,
    samplesDir: join(root, 'samples'),
  };
}

describe('run (in process)', () => {
  it('dispatches help topics and versions', async () => {
    const io = fakeIo();
    expect(await run(['help', 'score'], io, library)).toBe(0);
    expect(io.out.join('')).toContain('cchc score <criteria.json | preset-id>');
    expect(io.out.join('')).toContain('vn-province-2017');
    const v = fakeIo();
    expect(await run(['--version'], v, library)).toBe(0);
    expect(v.out.join('').trim()).toMatch(/^(\d+\.\d+\.\d+|dev)$/);
  });

  it('keeps stdout empty and answers 1 on invalid input, with English messages on request', async () => {
    const io = fakeIo('{"schemaVersion": 1}');
    expect(await run(['validate', '-', '--lang', 'en'], io, library)).toBe(1);
    expect(io.out).toEqual([]);
    expect(io.err.join('')).toMatch(/^\(stdin\): /);
    expect(io.err.join('')).toContain('invalid plan');
  });

  it('runs the demo from the samples folder', async () => {
    const io = fakeIo();
    expect(await run(['demo', '--format', 'json'], io, library)).toBe(0);
    const v = JSON.parse(io.out.join('')) as {
      status: { asOf: string; taskCount: number };
      score: { units: unknown[] };
    };
    expect(v.status.asOf).toBe('2018-06-30');
    expect(v.status.taskCount).toBe(42);
    expect(v.score.units).toHaveLength(5);
  });
});
