/**
 * What every command receives.
 *
 * @module
 */
import type { CliIo } from '../io.js';

/** The process window: standard streams, files, the clock. */
export interface CommandContext {
  readonly io: CliIo;
}
