/**
 * Short forms of department names officials write and a registry may not
 * list ("Sở NV", "SNV" for "Sở Nội vụ"): used only to suggest a name, never
 * to resolve one.
 *
 * @internal
 * @module
 */
import { foldKey, toNfc } from '../../core/text.js';

/** The words of a name, folded (lower case, no diacritics), letters and digits only. */
function wordsOf(name: string): string[] {
  return foldKey(toNfc(name))
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

/**
 * The short forms of a department's name: "Sở" and the initials of the rest
 * ("so nv"), and all initials run together ("snv"); "và" and a trailing
 * "tỉnh" are left out. None for a name that does not start with "Sở" or is a
 * single word after it.
 */
function shortFormsOf(name: string): string[] {
  const words = wordsOf(name).filter((w) => w !== 'va');
  if (words[words.length - 1] === 'tinh') words.pop();
  if (words[0] !== 'so' || words.length < 3) return [];
  const initials = words
    .slice(1)
    .map((w) => w.charAt(0))
    .join('');
  return [`so ${initials}`, `s${initials}`];
}

/** A name's short form as written ("Sở NV" → "so nv", "SNV" → "snv"), or '' when it is long (not a short form). */
function writtenForm(name: string): string {
  if (name.length > 24) return '';
  const words = wordsOf(name);
  if (words.length === 0 || words.length > 2) return '';
  return words.join(' ');
}

/** Short form → the one agency it may stand for, or null when several share it. @internal */
export type ShortFormIndex = ReadonlyMap<string, { readonly id: string; readonly name: string } | null>;

/** @internal */
export function shortFormIndex(
  agencies: readonly { readonly id: string; readonly name: string }[],
): ShortFormIndex {
  const index = new Map<string, { id: string; name: string } | null>();
  for (const a of agencies) {
    for (const form of shortFormsOf(a.name)) {
      const seen = index.get(form);
      if (seen === undefined) index.set(form, { id: a.id, name: a.name });
      else if (seen !== null && seen.id !== a.id) index.set(form, null);
    }
  }
  return index;
}

/**
 * The one registry department a name not in the registry may be the short
 * form of ("Sở NV" → Sở Nội vụ), or undefined (none, or several).
 *
 * @internal
 */
export function shortFormOf(
  name: string,
  index: ShortFormIndex,
): { readonly id: string; readonly name: string } | undefined {
  const form = writtenForm(name);
  if (form === '') return undefined;
  return index.get(form) ?? undefined;
}
