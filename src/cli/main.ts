#!/usr/bin/env node
/**
 * The `cchc` command's entry point (package.json "bin" → dist/cli.js).
 * Everything but wiring to the process lives in run.ts.
 *
 * @module
 */
import { nodeIo } from './io.js';
import { run } from './run.js';
import { library } from './wiring.js';

run(process.argv.slice(2), nodeIo(), library).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `cchc: lỗi không mong đợi / unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 70;
  },
);
