import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cliPath = join(root, 'dist', 'cli.js');

/** Builds dist/ when the CLI is missing (scripts/test.sh builds before the tests). */
export function ensureBuilt(): void {
  if (!existsSync(cliPath)) spawnSync('npx', ['tsup', '--silent'], { cwd: root, stdio: 'ignore' });
}

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built `cchc` as a child process: no TTY, NO_COLOR unset unless given. */
export function cchc(
  args: readonly string[],
  opts: { readonly stdin?: string; readonly env?: Record<string, string> } = {},
): CliRun {
  const env: Record<string, string> = { PATH: process.env['PATH'] ?? '', ...opts.env };
  const r = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: root,
    input: opts.stdin ?? '',
    env,
    encoding: 'utf8',
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
