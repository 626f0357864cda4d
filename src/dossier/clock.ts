/**
 * Clock times of the office day (`HH:MM`) as minutes after midnight.
 *
 * @internal
 * @module
 */

/** @internal Minutes after midnight of `HH:MM` (00:00–24:00), or -1 when not a clock time. */
export function clockMinutes(value: unknown): number {
  if (typeof value !== 'string' || value.length !== 5 || value.charCodeAt(2) !== 58) return -1;
  const d = (i: number): number => {
    const c = value.charCodeAt(i) - 48;
    return c >= 0 && c <= 9 ? c : -100;
  };
  const h = d(0) * 10 + d(1);
  const m = d(3) * 10 + d(4);
  if (h < 0 || m < 0 || m > 59 || h > 24 || (h === 24 && m !== 0)) return -1;
  return h * 60 + m;
}

/** @internal Formats minutes after midnight as `HH:MM`. */
export function formatClock(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}`;
}
