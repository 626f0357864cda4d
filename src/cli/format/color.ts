/**
 * ANSI colours for text reports: used only when writing to a terminal and
 * never when NO_COLOR is set (https://no-color.org/).
 *
 * @module
 */

/** Wraps text in a colour, or returns it unchanged when colours are off. */
export interface Paint {
  readonly enabled: boolean;
  readonly bold: (s: string) => string;
  readonly red: (s: string) => string;
  readonly yellow: (s: string) => string;
  readonly green: (s: string) => string;
  readonly dim: (s: string) => string;
}

/** Whether to colour: a TTY, NO_COLOR unset (any value, even empty, turns colours off), TERM not "dumb". */
export function colourWanted(isTTY: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  if (env['NO_COLOR'] !== undefined) return false;
  if (env['TERM'] === 'dumb') return false;
  return isTTY;
}

const wrap = (on: boolean, open: number, close: number) => (s: string) =>
  on && s !== '' ? `\u001b[${open}m${s}\u001b[${close}m` : s;

/** A painter; every function is the identity when `enabled` is false. */
export function paint(enabled: boolean): Paint {
  return {
    enabled,
    bold: wrap(enabled, 1, 22),
    red: wrap(enabled, 31, 39),
    yellow: wrap(enabled, 33, 39),
    green: wrap(enabled, 32, 39),
    dim: wrap(enabled, 2, 22),
  };
}
