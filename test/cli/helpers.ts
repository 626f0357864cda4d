import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cliPath = join(root, 'dist', 'cli.js');

// dist/cli.js is built (when its sources changed) by test/cli/global-setup.ts before any test runs.

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built `cchc` as a child process: no TTY, NO_COLOR unset unless given. */
export function cchc(
  args: readonly string[],
  opts: {
    readonly stdin?: string | Uint8Array;
    readonly env?: Record<string, string>;
    readonly cwd?: string;
  } = {},
): CliRun {
  const env: Record<string, string> = { PATH: process.env['PATH'] ?? '', ...opts.env };
  const r = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: opts.cwd ?? root,
    input: opts.stdin ?? '',
    env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Compares text with test/cli/golden/<name>; `UPDATE_GOLDEN=1` rewrites the file. */
export function expectGolden(name: string, text: string): void {
  const path = join(root, 'test', 'cli', 'golden', name);
  if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(path)) {
    if (process.env['UPDATE_GOLDEN'] !== '1')
      throw new Error(`golden file missing: ${path} (run with UPDATE_GOLDEN=1 after checking the output)`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text, 'utf8');
  }
  expect(text).toBe(readFileSync(path, 'utf8'));
}

export const sample = (name: string) => join('samples', name);

/** Every line of a text is at most `width` columns wide (code points of NFC text, like a terminal). */
export function widestLine(text: string): { readonly width: number; readonly line: string } {
  let widest = { width: 0, line: '' };
  for (const line of text.split('\n')) {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: colour codes take no column
    const width = [...line.replace(/\u001b\[[0-9;]*m/g, '').normalize('NFC')].length;
    if (width > widest.width) widest = { width, line };
  }
  return widest;
}

/** A CliIo in memory: files from the repository (or `files`), output collected. */
export function fakeIo(
  opts: {
    readonly stdin?: string;
    readonly columns?: number;
    readonly tty?: boolean;
    readonly now?: number;
  } = {},
): CliIo & { readonly out: string[]; readonly err: string[]; readonly written: Map<string, string> } {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, string>();
  return {
    out,
    err,
    written,
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readFile: async (path) =>
      path === '-'
        ? new TextEncoder().encode(opts.stdin ?? '')
        : written.has(path)
          ? new TextEncoder().encode(written.get(path))
          : readFile(isAbsolute(path) ? path : join(root, path)),
    writeFile: async (path, text, o) => {
      if (o?.exclusive && written.has(path)) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
      written.set(path, text);
    },
    mkdir: async () => undefined,
    env: {},
    stdoutIsTTY: opts.tty ?? false,
    stderrIsTTY: false,
    columns: opts.columns,
    now: () => opts.now ?? Date.UTC(2018, 5, 30, 3),
    samplesDir: join(root, 'samples'),
  };
}
