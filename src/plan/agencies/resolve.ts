/**
 * Reading the agency cells of a plan ("Sở Nội vụ, Sở Tư pháp và các cơ quan
 * có liên quan") into registry ids.
 *
 * @module
 */
import { deepFreeze } from '../../core/freeze.js';
import { agencyNameKey, foldVietnamese } from './nameKey.js';
import { findAgency, type AgencyRegistry } from './registry.js';

/**
 * What {@link resolveAgencies} found in a text. Every fragment of the text
 * is in exactly one of `matches`, `generic` or `unmatched`.
 *
 * @example
 * ```ts
 * import type { AgencyResolution } from 'cchc';
 * declare const r: AgencyResolution;
 * r.ids; r.unmatched; r.generic;
 * ```
 */
export interface AgencyResolution {
  /** Matched agency or class ids, in text order, without repeats. */
  readonly ids: readonly string[];
  /**
   * Fragments that name no known agency or class, as written — with the
   * list's head when the list shares one ("Các Sở: Tư pháp, Xây dựng" →
   * "Sở Xây dựng").
   */
  readonly unmatched: readonly string[];
  /** Generic phrases that name nobody in particular: "các cơ quan có liên quan". */
  readonly generic: readonly string[];
  /** Each matched fragment as written, with its id. */
  readonly matches: readonly { readonly text: string; readonly id: string }[];
}

/** Words that start an agency name and can be shared over a list ("Các Sở: Tư pháp, Tài chính"). */
const HEADS: readonly string[] = [
  'uy ban nhan dan',
  'van phong',
  'trung tam',
  'chi cuc',
  'so',
  'phong',
  'ban',
  'cuc',
  'ubnd',
];

/** Longest run of list pieces tried as one name. */
const MAX_JOIN = 8;

interface Piece {
  /** The fragment as written, trimmed. */
  readonly text: string;
  /** The separator before it as written ("" for the first). */
  readonly sep: string;
}

/** Splits on ",", ";", line breaks, bullets and the word "và" — one linear scan. */
function split(raw: string): Piece[] {
  // Each run of white space becomes one character first, so the pattern below never rescans a long run.
  const text = raw.replace(/\s+/gu, (run) => (/[\n\r\u2028\u2029]/u.test(run) ? '\n' : ' '));
  const re = /\s*(?:[,;\n]|\r\n?|(?<=^|\s)và(?=\s)|(?<=^|\n)\s*[-+•])\s*/gu;
  const out: Piece[] = [];
  let last = 0;
  let sep = '';
  for (const m of text.matchAll(re)) {
    const idx = m.index;
    const chunk = text.slice(last, idx).trim();
    if (chunk !== '') out.push({ text: chunk, sep });
    sep = chunk === '' && sep !== '' ? sep : m[0];
    last = idx + m[0].length;
  }
  const tail = text.slice(last).trim();
  if (tail !== '') out.push({ text: tail, sep });
  return out;
}

function join(pieces: readonly Piece[], from: number, to: number): string {
  let s = pieces[from]?.text ?? '';
  for (let k = from + 1; k <= to; k++) {
    const p = pieces[k];
    if (p !== undefined) s += p.sep + p.text;
  }
  return s;
}

/** The head ("Sở", "UBND"…) a written name starts with, as written; null when none. */
function headOf(text: string): string | null {
  const words = text.replace(/^\s*các\s+/iu, '').split(/\s+/);
  for (let n = 3; n >= 1; n--) {
    const cand = words.slice(0, n).join(' ');
    const key = agencyNameKey(cand);
    if (HEADS.includes(key) && words.length >= n) return cand;
  }
  return null;
}

function isGeneric(text: string): boolean {
  const f = foldVietnamese(text);
  if (/\blien quan\b/.test(f)) return true;
  return /^(?:cac|nhung) (?:co quan|don vi|to chuc|ca nhan)\b/.test(f) && /\b(?:khac|tren dia ban)$/.test(f);
}

function startsLower(text: string): boolean {
  const c = text.charAt(0);
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

/**
 * Reads the agencies a cell names into registry ids. Lists are split on
 * commas, semicolons, line breaks, bullets and "và"; the longest run of
 * pieces that names a known agency or class wins (so "Sở Kế hoạch và Đầu tư"
 * and "Các sở, ban, ngành tỉnh" stay whole); a shared head is carried over
 * the list ("Các Sở: Tư pháp, Tài chính, Xây dựng", "Sở Tư pháp, Tài chính").
 * Generic phrases ("và các cơ quan có liên quan") go to `generic`; anything
 * else not found goes to `unmatched` as written (a lower-case piece after a
 * comma, or a piece after "và" that does not start a new name, is kept with
 * the unmatched piece before it: "Các tổ chức, cá nhân", "Sở Văn hóa và Thể thao").
 * Never drops a fragment, never throws.
 *
 * @example
 * ```ts
 * import { createAgencyRegistry, resolveAgencies } from 'cchc';
 * const reg = createAgencyRegistry(
 *   [{ id: 'snv', name: 'Sở Nội vụ' }, { id: 'stp', name: 'Sở Tư pháp' }, { id: 'stc', name: 'Sở Tài chính' }],
 *   [],
 * );
 * resolveAgencies('Sở Nội vụ, Sở Tư pháp và các cơ quan có liên quan', reg);
 * // { ids: ['snv', 'stp'], unmatched: [], generic: ['các cơ quan có liên quan'], … }
 * resolveAgencies('Các Sở: Tư pháp, Tài chính, Xây dựng', reg);
 * // { ids: ['stp', 'stc'], unmatched: ['Sở Xây dựng'], … }
 * ```
 */
export function resolveAgencies(text: string, registry: AgencyRegistry): AgencyResolution {
  const pieces = split(text.normalize('NFC'));
  const ids: string[] = [];
  const matches: { text: string; id: string }[] = [];
  const unmatched: string[] = [];
  const generic: string[] = [];
  const add = (fragment: string, id: string): void => {
    matches.push({ text: fragment, id });
    if (!ids.includes(id)) ids.push(id);
  };
  let head: string | null = null;
  let colonHead: string | null = null;
  let lastWasUnmatched = false;
  let i = 0;
  while (i < pieces.length) {
    const piece = pieces[i];
    if (piece === undefined) break;
    if (/[;\n]/.test(piece.sep)) {
      head = null;
      colonHead = null;
    }
    // Longest run of pieces naming a known agency or class.
    let matched = false;
    for (let j = Math.min(pieces.length - 1, i + MAX_JOIN); j >= i; j--) {
      const cand = join(pieces, i, j);
      const id = findAgency(cand, registry);
      if (id !== undefined) {
        add(cand, id);
        const colonAt = cand.indexOf(':');
        const listHead = colonAt > 0 ? headOf(cand.slice(0, colonAt)) : null;
        if (listHead !== null) colonHead = listHead;
        head = listHead ?? headOf(cand) ?? head;
        i = j + 1;
        matched = true;
        break;
      }
    }
    if (matched) {
      lastWasUnmatched = false;
      continue;
    }
    // "Các Sở: Tư pháp" — a head shared by the list after the colon.
    let rest = piece.text;
    const colon = rest.indexOf(':');
    if (colon > 0) {
      const h = headOf(rest.slice(0, colon));
      if (h !== null) {
        head = h;
        colonHead = h;
        rest = rest.slice(colon + 1).trim();
      }
    }
    const withHead = head === null ? undefined : findAgency(`${head} ${rest}`, registry);
    if (withHead !== undefined) {
      add(piece.text, withHead);
      lastWasUnmatched = false;
    } else if (
      lastWasUnmatched &&
      ((startsLower(piece.text) && /,/.test(piece.sep)) ||
        (/(?:^|\s)và\s/u.test(piece.sep) &&
          headOf(piece.text) === null &&
          !/^(?:các|những)\s/iu.test(piece.text)))
    ) {
      const prev = unmatched.pop() ?? '';
      const merged = prev + piece.sep + piece.text;
      if (isGeneric(merged)) {
        generic.push(merged);
        lastWasUnmatched = false;
      } else unmatched.push(merged);
    } else if (isGeneric(piece.text)) {
      generic.push(piece.text);
      lastWasUnmatched = false;
    } else {
      unmatched.push(colonHead !== null && headOf(rest) === null ? `${colonHead} ${rest}` : piece.text);
      lastWasUnmatched = true;
    }
    i++;
  }
  return deepFreeze({ ids, unmatched, generic, matches });
}
