/**
 * Reading numbers as Vietnamese officials write them.
 *
 * @internal
 * @module
 */

/**
 * Reads a number written the Vietnamese way: a dot groups thousands
 * ("1.000" → 1000, "1.250.000" → 1250000) and a comma marks decimals
 * ("0,90" → 0.9, "17,8" → 17.8). Leading zeros are allowed ("03" → 3).
 * Text written the English way is read when it cannot be Vietnamese: a single
 * dot followed by one or two digits ("2.5") is a decimal point, since a
 * thousands group always has three digits. Returns `null` for anything else
 * (empty, letters, two commas, "1.00.0", non-finite).
 *
 * @internal
 */
export function readVietnameseNumber(text: string): number | null {
  if (text.length <= 15 && isDigits(text)) return Number(text); // "80", "03": exact below 10^15
  const comma = text.indexOf(',');
  if (comma !== text.lastIndexOf(',')) return null;
  const intPart = comma < 0 ? text : text.slice(0, comma);
  const fracPart = comma < 0 ? '' : text.slice(comma + 1);
  if (comma >= 0 && !isDigits(fracPart)) return null;
  const groups = intPart.split('.');
  const first = groups[0] ?? '';
  if (!isDigits(first)) return null;
  let digits = first;
  let frac = fracPart;
  if (groups.length > 1) {
    const rest = groups.slice(1);
    if (rest.every((g) => g.length === 3 && isDigits(g))) {
      digits += rest.join('');
    } else if (rest.length === 1 && comma < 0 && isDigits(rest[0] ?? '') && (rest[0] ?? '').length <= 2) {
      frac = rest[0] ?? '';
    } else {
      return null;
    }
  }
  const value = Number(frac === '' ? digits : `${digits}.${frac}`);
  return Number.isFinite(value) ? value : null;
}

function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
