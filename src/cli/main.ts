#!/usr/bin/env node
/**
 * The `cchc` command's entry point (package.json "bin" → dist/cli.js).
 * Everything but wiring to the process lives in run.ts.
 *
 * @module
 */
import { nodeIo } from './io.js';
import { run } from './run.js';

// A reader that stops early (`cchc … | head -1`) closes the pipe: that is not
// an error, so the command ends quietly (exit 0) instead of crashing with
// EPIPE. Any other failure to write the output is exit 1, without a trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    process.exit(error.code === 'EPIPE' ? 0 : 1);
  });
}

run(process.argv.slice(2), nodeIo()).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    // run() answers every error itself; this is the last guard.
    process.exitCode = 70;
  },
);
