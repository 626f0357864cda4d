/**
 * What every command receives.
 *
 * @module
 */
import type { CliIo } from '../io.js';
import type { CliLibrary } from '../library.js';

/** The process window and the library. */
export interface CommandContext {
  readonly io: CliIo;
  readonly lib: CliLibrary;
}
