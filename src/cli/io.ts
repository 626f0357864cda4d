/**
 * The command's window on the world. Commands take a `CliIo` so they can be
 * tested without a process; `nodeIo()` is the real one.
 *
 * @module
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What a command may do besides computing. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Reads a UTF-8 file; `-` reads standard input to its end. */
  readonly readText: (path: string) => Promise<string>;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  /** Folder of the built-in samples (the package's samples/). */
  readonly samplesDir: string;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** The real process: stdout, stderr, files, stdin; samples beside the built file (dist/../samples). */
export function nodeIo(): CliIo {
  const here = dirname(fileURLToPath(import.meta.url));
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    readText: (path) => (path === '-' ? readStdin() : readFile(path, 'utf8')),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    samplesDir: process.env['CCHC_SAMPLES_DIR'] ?? resolve(here, '..', 'samples'),
  };
}
