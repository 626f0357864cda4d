/**
 * Where a command's result goes: standard output, or the file of `-o FILE`
 * (any format; no colours in a file). Text reports fit the terminal's width
 * (from 60 to 120 columns), or 80 columns when the output is not a terminal.
 *
 * @module
 */
import type { IsoDate } from '../calendar/isoDate.js';
import { isoDateInVietnam } from '../calendar/vietnamDates.js';
import { issue } from '../core/result.js';
import { InputError } from './args.js';
import { colourWanted } from './format/color.js';
import type { CliIo } from './io.js';
import { DEFAULT_WIDTH } from './report/status-text.js';

/** Where the result goes and how text is laid out for it. */
export interface OutputTarget {
  /** The file of `-o`, or undefined for standard output. */
  readonly file: string | undefined;
  /** Columns a text report fits. */
  readonly width: number;
  /** Whether ANSI colours are wanted. */
  readonly colour: boolean;
}

/** The target for a command's `--output` value. */
export function outputTarget(io: CliIo, file: string | undefined): OutputTarget {
  const toTerminal = file === undefined && io.stdoutIsTTY;
  const columns = toTerminal && io.columns !== undefined && io.columns > 0 ? io.columns : DEFAULT_WIDTH;
  return {
    file,
    width: Math.max(60, Math.min(120, columns)),
    colour: file === undefined && colourWanted(io.stdoutIsTTY, io.env),
  };
}

/** Writes the result: to the `-o` file (an {@link InputError}, exit 1, when it cannot be written) or to stdout. */
export async function emit(io: CliIo, target: OutputTarget, text: string): Promise<void> {
  if (target.file === undefined) {
    io.stdout(text);
    return;
  }
  try {
    await io.writeFile(target.file, text);
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    throw new InputError(target.file, [
      issue(
        [],
        'output_unwritable',
        `Không ghi được tệp kết quả${code ? ` (${code})` : ''}`,
        `Cannot write the output file${code ? ` (${code})` : ''}`,
      ),
    ]);
  }
  if (io.stderrIsTTY) io.stderr(`cchc: đã ghi / wrote ${target.file}\n`);
}

/** Today's date in Vietnam (UTC+7, no daylight saving), from an instant: never the process time zone. */
export function todayInVietnam(nowMs: number): IsoDate {
  return isoDateInVietnam(new Date(nowMs));
}
