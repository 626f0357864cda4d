/**
 * Reading the agency cells of a plan ("Sở Nội vụ, Sở Tư pháp và các cơ quan
 * có liên quan") into registry ids.
 *
 * @module
 */
import {
  foldKey,
  foldLetterCode,
  foldVi,
  foldViAligned,
  isFoldIgnorable,
  isSpaceCode,
  toNfc,
} from '../../core/text.js';
import { agencyNameKey, keyOfJoined, keyWordsOfFolded, mayJoinParts } from './nameKey.js';
import { type AgencyRegistry, findAgency } from './registry.js';

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
const HEADS: ReadonlySet<string> = new Set([
  'uy ban nhan dan',
  'van phong',
  'trung tam',
  'chi cuc',
  'so',
  'phong',
  'ban',
  'cuc',
  'ubnd',
]);

/** A role written after a name, folded: "(chủ trì)", "(phối hợp)", "(thường trực)". */
const ROLE_MARK = /\s*\(\s*(?:chu tri|phoi hop|thuong truc)\s*\)\s*$/u;

/** Longest run of list pieces tried as one name. */
const MAX_JOIN = 8;

interface Piece {
  /** The fragment as written, trimmed: `text` of the cell from `start` to `end`. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The separator before it as written ("" for the first). */
  readonly sep: string;
  /** Its key words ({@link keyWordsOfFolded}), joined with spaces, and how many. */
  readonly joined: string;
  readonly count: number;
  /** The text folded ({@link foldKey}; pieces hold single spaces, so as {@link foldVi} too). */
  readonly folded: string;
  /** A lower bound of the length of any key a run of pieces holding it can have. */
  readonly weight: number;
  /** Its first and last runs of letters and digits ("" when none). */
  readonly firstRun: string;
  readonly lastRun: string;
}

function isAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/**
 * Describes a piece for the longest-run search. `folded` is its text folded
 * ({@link foldKey}). `weight` counts the letters and digits of the folded
 * text, less those of the word "va": every step of the key (abbreviations
 * written out, punctuation dropped) keeps or adds them, except "và", a
 * leading "các" and a trailing "tỉnh".
 */
function piece(text: string, start: number, end: number, folded: string, sep: string): Piece {
  let weight = 0;
  let firstRun = '';
  let lastRun = '';
  let i = 0;
  while (i < folded.length) {
    if (!isAlnum(folded.charCodeAt(i))) {
      i++;
      continue;
    }
    const from = i;
    while (i < folded.length && isAlnum(folded.charCodeAt(i))) i++;
    // Seven letters at most: the longest compound run has six ("ldtbxh").
    const run = folded.slice(from, Math.min(i, from + 7));
    if (run !== 'va') weight += i - from;
    if (firstRun === '') firstRun = run;
    lastRun = run;
  }
  const words = keyWordsOfFolded(folded);
  return {
    text,
    start,
    end,
    sep,
    joined: words.joined,
    count: words.count,
    folded,
    weight,
    firstRun,
    lastRun,
  };
}

/** Combining marks and dashes: where folding a piece alone differs from cutting the folded cell. */
const FOLD_APART =
  /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/u;

/** Where a list splits: ",", ";", line breaks, bullets at the start of a line, the word "và" (or "va", typed without diacritics). */
const SEPARATOR = /\s*(?:[,;\n]|\r\n?|(?<=^|\s)(?:và|va)(?=\s)|(?<=^|\n)\s*[-+•])\s*/gu;

function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}

/**
 * The cell with each run of white space as one " ", or one "\n" when the run
 * holds a line break, so the separator pattern never rescans a long run.
 * One scan into one buffer (a regex replace making a string per run costs
 * far more than linear time on a megabyte of short lines).
 */
function evenSpaces(cell: string): string {
  const n = cell.length;
  let even = true;
  for (let i = 0; even && i < n; i++) {
    const c = cell.charCodeAt(i);
    if (isSpaceCode(c) && (c !== 0x20 || isSpaceCode(cell.charCodeAt(i + 1)))) even = false;
  }
  if (even) return cell;
  const out = new Uint16Array(n);
  let k = 0;
  for (let i = 0; i < n; ) {
    const c = cell.charCodeAt(i);
    if (!isSpaceCode(c)) {
      out[k++] = c;
      i++;
      continue;
    }
    let lineBreak = false;
    while (i < n && isSpaceCode(cell.charCodeAt(i))) {
      if (isLineBreak(cell.charCodeAt(i))) lineBreak = true;
      i++;
    }
    out[k++] = lineBreak ? 0x0a : 0x20;
  }
  let text = '';
  for (let i = 0; i < k; i += 8192)
    text += String.fromCharCode.apply(null, out.subarray(i, Math.min(k, i + 8192)) as unknown as number[]);
  return text;
}

/**
 * The pieces of a cell, cut as they are asked for and forgotten once read:
 * a cell of any length holds only the few pieces the longest-run search
 * looks ahead at. The cell is folded once (position for position); a piece
 * is cut from the fold, or folded on its own when it holds a combining mark
 * or a dash.
 */
class Pieces {
  /** The cell, each run of white space one " " (or "\n" when it holds a line break). */
  readonly text: string;
  private readonly aligned: string;
  private readonly re = new RegExp(SEPARATOR.source, SEPARATOR.flags);
  private readonly buffer: Piece[] = [];
  /** Index of `buffer[0]`. */
  private base = 0;
  private last = 0;
  private sep = '';
  private done = false;

  constructor(cell: string) {
    this.text = evenSpaces(cell);
    this.aligned = foldViAligned(this.text);
  }

  /** Piece `k`, or undefined past the last. */
  at(k: number): Piece | undefined {
    while (!this.done && k - this.base >= this.buffer.length) this.pull();
    return k < this.base ? undefined : this.buffer[k - this.base];
  }

  /** Forgets the pieces before `k`. */
  forget(k: number): void {
    const n = Math.min(k - this.base, this.buffer.length);
    if (n > 0) {
      this.buffer.splice(0, n);
      this.base += n;
    }
  }

  /** Cuts pieces until one more is found or the cell ends. */
  private pull(): void {
    for (;;) {
      const m = this.re.exec(this.text);
      if (m === null) {
        this.add(this.last, this.text.length);
        this.done = true;
        return;
      }
      const added = this.add(this.last, m.index);
      this.sep = !added && this.sep !== '' ? this.sep : m[0];
      this.last = m.index + m[0].length;
      if (added) return;
    }
  }

  private add(from: number, to: number): boolean {
    const text = this.text;
    let a = from;
    let b = to;
    while (a < b && isSpaceCode(text.charCodeAt(a))) a++;
    while (b > a && isSpaceCode(text.charCodeAt(b - 1))) b--;
    if (a === b) return false;
    const cut = this.aligned.slice(a, b);
    const chunk = text.slice(a, b);
    this.buffer.push(piece(chunk, a, b, FOLD_APART.test(cut) ? foldKey(chunk) : cut, this.sep));
    return true;
  }
}

/**
 * May a compound abbreviation run across the separator before piece `b`
 * ("VH, TT&DL", "LĐ-" / "TB&XH" over two lines)? Then the pieces on both
 * sides are keyed as one text, not each on its own.
 */
function cutsCompound(a: Piece, b: Piece): boolean {
  return mayJoinParts(a.lastRun, b.firstRun);
}

/**
 * The key words of pieces `from`..`to` keyed as one text: their folded texts
 * joined by their folded separators (line breaks as spaces), which is the
 * folded text of the pieces as written.
 */
function wordsOfSpan(pieces: Pieces, from: number, to: number): { joined: string; count: number } {
  const first = pieces.at(from) as Piece;
  if (from === to) return { joined: first.joined, count: first.count };
  let folded = first.folded;
  for (let k = from + 1; k <= to; k++) {
    const p = pieces.at(k) as Piece;
    folded += foldSep(p.sep).replace(/[\n\r]/g, ' ') + p.folded;
  }
  return keyWordsOfFolded(folded);
}

/** What the longest-run search needs of a registry, computed once per registry. */
interface Index {
  /** The length of the longest key. */
  readonly longest: number;
  /**
   * Every word prefix ("so", "so noi", "so noi vu") of every key, up to
   * {@link PREFIX_WORDS} words, also with a leading "cac" and a trailing
   * "tinh" (which a key drops): the words of a run of pieces, when that
   * short, must be one for the run, or a longer one, to match.
   */
  readonly prefixes: ReadonlySet<string>;
}

/** The most words of a key indexed as prefixes (a registry may hold a name of any length). */
const PREFIX_WORDS = 32;

/** Can words (`count` of them) begin a key? Unknown, so yes, past {@link PREFIX_WORDS} words. */
function mayBegin(index: Index, words: string, count: number): boolean {
  return count > PREFIX_WORDS || index.prefixes.has(words);
}

const INDEXES = new WeakMap<AgencyRegistry, Index>();

function indexOf(registry: AgencyRegistry): Index {
  let index = INDEXES.get(registry);
  if (index === undefined) {
    let longest = 0;
    const prefixes = new Set<string>(['']);
    for (const key of Object.keys(registry.byName)) {
      longest = Math.max(longest, key.length);
      for (const full of [key, `cac ${key}`, `${key} tinh`, `cac ${key} tinh`]) {
        let words = 0;
        let at = full.indexOf(' ');
        for (; at >= 0 && words < PREFIX_WORDS; at = full.indexOf(' ', at + 1), words++)
          prefixes.add(full.slice(0, at));
        if (at < 0) prefixes.add(full);
      }
    }
    index = { longest, prefixes };
    INDEXES.set(registry, index);
  }
  return index;
}

function lookup(key: string, registry: AgencyRegistry): string | undefined {
  return key === '' || !Object.hasOwn(registry.byName, key) ? undefined : registry.byName[key];
}

/** The key words of a text, joined, and how many. */
function wordsOf(text: string): { joined: string; count: number } {
  return keyWordsOfFolded(foldKey(text));
}

/** Joins two word lists written with spaces. */
function cat(a: string, b: string): string {
  return a === '' ? b : b === '' ? a : `${a} ${b}`;
}

/**
 * The longest run of pieces from `i` (at most {@link MAX_JOIN} more) that
 * names a known agency or class: its last index and id, or null.
 *
 * A run's key is its pieces' words joined, the pieces a compound
 * abbreviation may run across ("VH, TT&DL") keyed together. The walk stops
 * once the words of the pieces it has closed are no key's beginning, or once
 * the pieces hold more letters than the registry's longest key (less what a
 * key may drop: "các", "tỉnh"). Each piece is looked at a bounded number of
 * times.
 */
function longestRun(
  pieces: Pieces,
  i: number,
  registry: AgencyRegistry,
  index: Index,
): { to: number; id: string } | null {
  let best: { to: number; id: string } | null = null;
  /** Words of the pieces before `open`, which no later piece can change. */
  let closed = '';
  let closedCount = 0;
  /** First piece of the span a compound may still run into. */
  let open = i;
  let weight = 0;
  for (let j = i; j <= i + MAX_JOIN; j++) {
    const p = pieces.at(j);
    if (p === undefined) break;
    weight += p.weight;
    if (weight - 7 > index.longest) break;
    if (j > i && !cutsCompound(pieces.at(j - 1) as Piece, p)) {
      const span = wordsOfSpan(pieces, open, j - 1);
      closed = cat(closed, span.joined);
      closedCount += span.count;
      open = j;
      if (!mayBegin(index, closed, closedCount)) break;
    }
    const span = wordsOfSpan(pieces, open, j);
    const words = cat(closed, span.joined);
    if (!mayBegin(index, words, closedCount + span.count)) continue;
    const id = lookup(keyOfJoined(words, closedCount + span.count), registry);
    if (id !== undefined) best = { to: j, id };
  }
  return best;
}

/** The first runs of letters the key of a head can come from ("vp" → "van phong", "ubnd"…). */
const HEAD_STARTS: ReadonlySet<string> = new Set([
  'uy',
  'ubnd',
  'ub',
  'van',
  'vp',
  'trung',
  'chi',
  'so',
  'phong',
  'ban',
  'cuc',
]);

/** The first run of letters and digits of `text`, folded, other than "va" and "cac"; "" when none. */
function firstRun(text: string): string {
  let run = '';
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (isFoldIgnorable(c)) continue;
    const f =
      c < 0x80
        ? (c >= 48 && c <= 57) || (c >= 97 && c <= 122)
          ? String.fromCharCode(c)
          : c >= 65 && c <= 90
            ? String.fromCharCode(c + 32)
            : ''
        : foldLetterCode(c);
    if (f !== '') run += f;
    else if (run !== '') {
      if (run !== 'va' && run !== 'cac') return run;
      run = '';
    }
  }
  return '';
}

/**
 * The head ("Sở", "UBND"…) a written name starts with, as written; null when
 * none. Looks at three words; `memo` keeps the answers for the words seen.
 */
function headOf(text: string, memo: Map<string, string | null>): string | null {
  const words: string[] = [];
  let i = 0;
  while (words.length < 4 && i < text.length) {
    while (i < text.length && /\s/u.test(text.charAt(i))) i++;
    const from = i;
    while (i < text.length && !/\s/u.test(text.charAt(i))) i++;
    if (i > from) words.push(text.slice(from, i));
  }
  if (words.length > 0 && foldVi(words[0] as string) === 'cac') words.shift();
  const three = words.slice(0, 3).join(' ');
  const known = memo.get(three);
  if (known !== undefined) return known;
  let head: string | null = null;
  // Only a name whose first word can start a head is keyed (most list pieces are not).
  if (HEAD_STARTS.has(firstRun(three))) {
    for (let n = Math.min(3, words.length); n >= 1 && head === null; n--) {
      const cand = words.slice(0, n).join(' ');
      if (HEADS.has(agencyNameKey(cand))) head = cand;
    }
  }
  memo.set(three, head);
  return head;
}

/** Longest prefix or suffix of folded text kept to test a merged fragment (the patterns need fewer). */
const WINDOW = 48;

const LIEN_QUAN = /(?:^|[^a-z0-9])lien quan(?![a-z0-9])/;
const GENERIC_START = /^(?:cac|nhung) (?:co quan|don vi|to chuc|ca nhan)(?![a-z0-9])/;
// "… khác", "… trên địa bàn", and "Các cơ quan, đơn vị, địa phương" (every agency, unit and
// locality: nobody in particular).
const GENERIC_END = /(?:^|[^a-z0-9])(?:khac|tren dia ban|dia phuong)$/;

/**
 * An unmatched fragment being built from pieces ("Các tổ chức" + ", " + "cá
 * nhân có liên quan"): its first part as written (`first`, the piece, or the
 * piece under the list's head), then the cell from `from` to `to`, with what
 * tells whether it is generic kept as it grows: the start and end of its
 * folded text, and whether "liên quan" was seen. Adding a piece costs its
 * own length, never the fragment's.
 */
interface Fragment {
  readonly first: string;
  readonly from: number;
  to: number;
  head: string;
  tail: string;
  lienQuan: boolean;
}

/** A fragment starting with `first` (folded as `f`), then the cell from `from`. */
function fragment(first: string, f: string, from: number): Fragment {
  return {
    first,
    from,
    to: from,
    head: f.slice(0, WINDOW),
    tail: f.slice(-WINDOW),
    lienQuan: LIEN_QUAN.test(f),
  };
}

/**
 * A list separator folded: separators hold only spaces, ",", ";", line
 * breaks, bullets and "và", of which only "và" changes.
 */
function foldSep(sep: string): string {
  return sep.includes('và') ? sep.replace('và', 'va') : sep;
}

/** Adds piece `p` (and the separator before it) to a fragment. */
function extend(frag: Fragment, p: Piece): void {
  const f = foldSep(p.sep) + p.folded;
  frag.to = p.end;
  if (frag.head.length < WINDOW) frag.head = (frag.head + f).slice(0, WINDOW);
  if (!frag.lienQuan && f.includes('quan')) frag.lienQuan = LIEN_QUAN.test(frag.tail.slice(-16) + f);
  frag.tail = (frag.tail + f.slice(-WINDOW)).slice(-WINDOW);
}

function isGenericFragment(frag: Fragment): boolean {
  return frag.lienQuan || (GENERIC_START.test(frag.head) && GENERIC_END.test(frag.tail));
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
  const pieces = new Pieces(typeof text === 'string' ? toNfc(text) : '');
  const cell = pieces.text;
  const index = indexOf(registry);
  const ids: string[] = [];
  const seen = new Set<string>();
  const matches: { text: string; id: string }[] = [];
  const unmatched: string[] = [];
  const generic: string[] = [];
  const add = (fragmentText: string, id: string): void => {
    matches.push(Object.freeze({ text: fragmentText, id }));
    if (!seen.has(id)) {
      seen.add(id);
      ids.push(id);
    }
  };
  const textOf = (frag: Fragment): string => frag.first + cell.slice(frag.from, frag.to);
  /** The last unmatched fragment, still open to the pieces after it. */
  let open: Fragment | null = null;
  const close = (): void => {
    if (open !== null) {
      const t = textOf(open);
      // "Sở Khoa học và Công nghệ (chủ trì)": the role beside a name is not part of it
      const role = ROLE_MARK.exec(foldViAligned(t));
      const id = role === null ? undefined : findAgency(t.slice(0, role.index), registry);
      if (id !== undefined) add(t, id);
      else unmatched.push(t);
    }
    open = null;
  };
  let head: string | null = null;
  let colonHead: string | null = null;
  const heads = new Map<string, string | null>();
  const headKeys = new Map<string, { joined: string; count: number }>();
  let i = 0;
  for (let p = pieces.at(0); p !== undefined; p = pieces.at(i)) {
    pieces.forget(i);
    if (/[;\n]/.test(p.sep)) {
      head = null;
      colonHead = null;
    }
    // Longest run of pieces naming a known agency or class.
    const run = longestRun(pieces, i, registry, index);
    if (run !== null) {
      close();
      const cand = cell.slice(p.start, (pieces.at(run.to) as Piece).end);
      add(cand, run.id);
      const colonAt = cand.indexOf(':');
      const listHead = colonAt > 0 ? headOf(cand.slice(0, colonAt), heads) : null;
      if (listHead !== null) colonHead = listHead;
      head = listHead ?? headOf(cand, heads) ?? head;
      i = run.to + 1;
      continue;
    }
    // "Các Sở: Tư pháp" — a head shared by the list after the colon.
    let rest = p.text;
    const colon = rest.indexOf(':');
    if (colon > 0) {
      const h = headOf(rest.slice(0, colon), heads);
      if (h !== null) {
        head = h;
        colonHead = h;
        rest = rest.slice(colon + 1).trim();
      }
    }
    // "Sở Tư pháp, Tài chính": the piece under the list's head. A head ends in
    // no compound part, so its words and the piece's join into the key.
    let withHead: string | undefined;
    if (head !== null) {
      let headWords = headKeys.get(head);
      if (headWords === undefined) {
        headWords = wordsOf(head);
        headKeys.set(head, headWords);
      }
      const restWords = rest === p.text ? { joined: p.joined, count: p.count } : wordsOf(rest);
      const key = keyOfJoined(cat(headWords.joined, restWords.joined), headWords.count + restWords.count);
      withHead = key.length > index.longest ? undefined : lookup(key, registry);
    }
    const frag: Fragment | null = open;
    if (withHead !== undefined) {
      close();
      add(p.text, withHead);
    } else if (
      frag !== null &&
      ((startsLower(p.text) && p.sep.includes(',')) ||
        (/(?:^|\s)v[àa]\s/u.test(p.sep) &&
          headOf(p.text, heads) === null &&
          !/^(?:các|những|cac|nhung)\s/iu.test(p.text)))
    ) {
      extend(frag, p);
      if (isGenericFragment(frag)) {
        generic.push(textOf(frag));
        open = null;
      }
    } else {
      close();
      const f = fragment(p.text, p.folded, p.end);
      if (isGenericFragment(f)) generic.push(p.text);
      else if (colonHead !== null && headOf(rest, heads) === null) {
        const withColonHead = `${colonHead} ${rest}`;
        open = fragment(withColonHead, foldVi(withColonHead), p.end);
      } else open = f;
    }
    i++;
  }
  close();
  // Each match is frozen already: freezing the lists does not walk them again.
  return Object.freeze({
    ids: Object.freeze(ids),
    unmatched: Object.freeze(unmatched),
    generic: Object.freeze(generic),
    matches: Object.freeze(matches),
  });
}
