/**
 * The command's window on the world. Commands take a `CliIo` so they can be
 * tested without a process; `nodeIo()` is the real one.
 *
 * @module
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { escapeControls } from './format/safe.js';

/** What a command may do besides computing. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  /** Diagnostics; control characters in them are shown as escapes. */
  readonly stderr: (text: string) => void;
  /** Reads a file's bytes; `-` reads standard input to its end. */
  readonly readFile: (path: string) => Promise<Uint8Array>;
  /** Writes a UTF-8 file; `exclusive` refuses to replace an existing file. */
  readonly writeFile: (
    path: string,
    text: string,
    options?: { readonly exclusive?: boolean },
  ) => Promise<void>;
  /** Creates a folder and its parents. */
  readonly mkdir: (path: string) => Promise<void>;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  /** The terminal's width when standard output is one. */
  readonly columns: number | undefined;
  /** The current instant, in milliseconds since 1970 (UTC). */
  readonly now: () => number;
  /** Folder of the built-in samples (the package's samples/). */
  readonly samplesDir: string;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/** The real process: stdout, stderr, files, stdin; samples beside the built file (dist/../samples). */
export function nodeIo(): CliIo {
  const here = dirname(fileURLToPath(import.meta.url));
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(escapeControls(t)),
    readFile: (path) => (path === '-' ? readStdin() : readFile(path)),
    writeFile: (path, text, options) =>
      writeFile(path, text, { encoding: 'utf8', flag: options?.exclusive ? 'wx' : 'w' }),
    mkdir: async (path) => void (await mkdir(path, { recursive: true })),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    columns: process.stdout.isTTY === true ? process.stdout.columns : undefined,
    now: () => Date.now(),
    samplesDir: process.env['CCHC_SAMPLES_DIR'] ?? resolve(here, '..', 'samples'),
  };
}
