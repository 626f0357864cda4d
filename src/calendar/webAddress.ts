/**
 * Web addresses in holiday schedules.
 *
 * @internal
 * @module
 */

/** @internal Whether text is an http(s) web address (no spaces). */
export function isWebAddress(u: string): boolean {
  if (!(u.startsWith('https://') || u.startsWith('http://')) || u.length < 10) return false;
  for (let i = 0; i < u.length; i++) if (u.charCodeAt(i) <= 0x20) return false;
  return true;
}
