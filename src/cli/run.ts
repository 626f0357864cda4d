/**
 * The command dispatcher: `cchc <command> [options]`.
 *
 * @module
 */
import type { CliIo } from './io.js';

/** Runs the command line and returns the exit code. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  io.stderr(`cchc: not wired yet (${argv.join(' ')})\n`);
  return 2;
}
