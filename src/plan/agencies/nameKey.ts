/**
 * The matching key of an agency name: how two written forms of the same
 * agency come out equal.
 *
 * @module
 */
import { foldKey, toNfc } from '../../core/text.js';

/** Whole-word abbreviations officials write, folded, and their long forms. */
const WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    ubnd: 'uy ban nhan dan',
    hdnd: 'hoi dong nhan dan',
    ubmttq: 'uy ban mat tran to quoc',
    mttq: 'mat tran to quoc',
    vp: 'van phong',
    tthc: 'thu tuc hanh chinh',
    cchc: 'cai cach hanh chinh',
    cntt: 'cong nghe thong tin',
    bhxh: 'bao hiem xa hoi',
    // "Trung tâm PVHCC", "Trung tâm HCC tỉnh": the public administration service centres that
    // receive dossiers (Trung tâm Phục vụ hành chính công), provincial and, from 1/7/2025, communal.
    pvhcc: 'phuc vu hanh chinh cong',
    ttpvhcc: 'trung tam phuc vu hanh chinh cong',
    hcc: 'hanh chinh cong',
    tp: 'thanh pho',
    tx: 'thi xa',
    ub: 'uy ban',
  }),
);

/**
 * Compound abbreviations written with "&", "-", "," or nothing between the
 * parts ("TT&TT", "LĐ-TB&XH", "KH&ĐT", "KHĐT", "VH,TT&DL"), folded, and their
 * long forms.
 */
const COMPOUNDS: readonly (readonly [readonly string[], string])[] = [
  [['ld', 'tb', 'xh'], 'lao dong thuong binh va xa hoi'],
  [['vh', 'tt', 'dl'], 'van hoa the thao va du lich'],
  [['nn', 'ptnt'], 'nong nghiep va phat trien nong thon'],
  [['tt', 'tt'], 'thong tin va truyen thong'],
  [['kh', 'dt'], 'ke hoach va dau tu'],
  [['tn', 'mt'], 'tai nguyen va moi truong'],
  // Sở Nông nghiệp và Môi trường (Nghị định 45/2025/NĐ-CP lists it among the provincial departments).
  [['nn', 'mt'], 'nong nghiep va moi truong'],
  [['gd', 'dt'], 'giao duc va dao tao'],
  [['kh', 'cn'], 'khoa hoc va cong nghe'],
  [['gt', 'vt'], 'giao thong van tai'],
];

/**
 * Every run of letters a compound can be written with: its parts one after
 * another ("ld", "tbxh", "ldtbxh", "tttt"). A compound spans only such runs.
 */
const PART_RUNS: ReadonlySet<string> = new Set(
  COMPOUNDS.flatMap(([parts]) => {
    const out: string[] = [];
    for (let a = 0; a < parts.length; a++)
      for (let b = a + 1; b <= parts.length; b++) out.push(parts.slice(a, b).join(''));
    return out;
  }),
);

/**
 * Pairs of runs a compound can be cut between ("vh" | "tt", "ldtb" | "xh"),
 * as "left|right": the left run ends with a part, the right one starts with
 * the next part of the same compound. (Marked pure: a bundle that only
 * loads plans does not resolve agency names and leaves it out.)
 */
const PART_PAIRS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ COMPOUNDS.flatMap(([parts]) => {
    const out: string[] = [];
    for (let a = 0; a < parts.length - 1; a++)
      for (let s = 0; s <= a; s++)
        for (let e = a + 1; e < parts.length; e++)
          out.push(`${parts.slice(s, a + 1).join('')}|${parts.slice(a + 1, e + 1).join('')}`);
    return out;
  }),
);

/**
 * Whether a compound abbreviation may run from a run of letters into the
 * next one ("VH" then "TT&DL", written on two lines or split at a comma):
 * only then does the key of a list depend on how it was cut into pieces.
 *
 * @internal
 */
export function mayJoinParts(left: string, right: string): boolean {
  return PART_PAIRS.has(`${left}|${right}`);
}

function isAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** The end of the run of letters and digits starting at `i` of `s`. */
function runEnd(s: string, i: number): number {
  let j = i;
  while (j < s.length && isAlnum(s.charCodeAt(j))) j++;
  return j;
}

/** The start of the next run of letters and digits at or after `i` (`s.length` when none). */
function nextRun(s: string, i: number): number {
  let j = i;
  while (j < s.length && !isAlnum(s.charCodeAt(j))) j++;
  return j;
}

/**
 * What may stand between two parts of a compound, `s` from `a` to `b`: a
 * space, "&", "," or "-", a space ("TT & TT", "LĐ-TB", "VH, TT").
 */
function isPartGap(s: string, a: number, b: number): boolean {
  let i = a;
  if (i < b && s.charCodeAt(i) === 0x20) i++;
  const c = s.charCodeAt(i);
  if (i < b && (c === 0x26 || c === 0x2c || c === 0x2d)) i++;
  if (i < b && s.charCodeAt(i) === 0x20) i++;
  return i === b && b > a;
}

/**
 * Matches compound `parts` on the runs of `s` from the run starting at `i`:
 * whole runs, each made of the next parts, separated by part gaps. Returns
 * the end of the last run matched, or -1.
 */
function matchCompound(parts: readonly string[], s: string, i: number): number {
  let p = 0;
  let start = i;
  let end = -1;
  while (p < parts.length) {
    if (end >= 0) {
      start = nextRun(s, end);
      if (start >= s.length || !isPartGap(s, end, start)) return -1;
    }
    end = runEnd(s, start);
    let pos = start;
    while (pos < end && p < parts.length && s.startsWith(parts[p] as string, pos)) {
      pos += (parts[p] as string).length;
      p++;
    }
    if (pos !== end) return -1;
  }
  return end;
}

/** The longest abbreviation of {@link WORDS}. */
const LONGEST_WORD = Math.max(...Array.from(WORDS.keys(), (w) => w.length));

/** Writes words into one growing buffer of char codes (no string per word). */
class WordWriter {
  private buf: Uint16Array;
  length = 0;
  count = 0;
  /** Where the last word starts. */
  last = 0;

  constructor(size: number) {
    this.buf = new Uint16Array(Math.max(16, size));
  }

  private room(n: number): void {
    if (this.length + n <= this.buf.length) return;
    const next = new Uint16Array(Math.max(this.buf.length * 2, this.length + n));
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }

  /** Writes `s` from `a` to `b` as one word. */
  word(s: string, a: number, b: number): void {
    this.room(b - a + 1);
    if (this.count > 0) this.buf[this.length++] = 0x20;
    this.last = this.length;
    for (let i = a; i < b; i++) this.buf[this.length++] = s.charCodeAt(i);
    this.count++;
  }

  /** Whether the words written so far end with `s` (whole words). */
  endsWith(s: string): boolean {
    const from = this.length - s.length;
    if (from < 0 || (from > 0 && this.buf[from - 1] !== 0x20)) return false;
    for (let i = 0; i < s.length; i++) if (this.buf[from + i] !== s.charCodeAt(i)) return false;
    return true;
  }

  /** Writes each word of `words` (separated by single spaces), leaving out "va". */
  words(words: string): void {
    let i = 0;
    while (i < words.length) {
      let j = words.indexOf(' ', i);
      if (j < 0) j = words.length;
      if (!(j - i === 2 && words.startsWith('va', i))) this.word(words, i, j);
      i = j + 1;
    }
  }

  /** Is the word starting at `at` exactly `w`? */
  is(at: number, w: string): boolean {
    const end = at + w.length;
    if (end > this.length || (end < this.length && this.buf[end] !== 0x20)) return false;
    for (let i = 0; i < w.length; i++) if (this.buf[at + i] !== w.charCodeAt(i)) return false;
    return true;
  }

  text(from: number, to: number): string {
    const CHUNK = 8192;
    let out = '';
    for (let i = from; i < to; i += CHUNK) {
      out += String.fromCharCode.apply(
        null,
        this.buf.subarray(i, Math.min(to, i + CHUNK)) as unknown as number[],
      );
    }
    return out;
  }
}

/**
 * The key words of folded text ({@link foldKey}), joined with single spaces,
 * and how many: compound abbreviations written out ("TT&TT", "LĐ-TB&XH",
 * "KHĐT"; where two could start at one place, the first of the list wins),
 * other abbreviations written out ("UBND", "PVHCC"), punctuation and "va"
 * dropped, and "cac" right after "nhan dan" ("UBND các xã" = "UBND xã").
 * One scan, linear in the text.
 *
 * @internal
 */
export function keyWordsOfFolded(folded: string): { joined: string; count: number } {
  const w = new WordWriter(folded.length + 16);
  let i = nextRun(folded, 0);
  while (i < folded.length) {
    let end = runEnd(folded, i);
    let long: string | undefined;
    if (PART_RUNS.has(folded.slice(i, Math.min(end, i + 6)))) {
      for (const [parts, expansion] of COMPOUNDS) {
        const m = matchCompound(parts, folded, i);
        if (m >= 0) {
          long = expansion;
          end = m;
          break;
        }
      }
    }
    if (long === undefined && end - i <= LONGEST_WORD) long = WORDS.get(folded.slice(i, end));
    if (long !== undefined) w.words(long);
    else if (end - i === 2 && folded.startsWith('va', i)) {
      // "và" is dropped
    } else if (end - i === 3 && folded.startsWith('cac', i) && w.endsWith('nhan dan')) {
      // "UBND các xã, phường" and "UBND xã, phường" are one name, as "Các sở, ngành" and "Sở, ngành"
    } else w.word(folded, i, end);
    i = nextRun(folded, end);
  }
  return { joined: w.text(0, w.length), count: w.count };
}

/**
 * The key of a name from its words joined with spaces ({@link
 * keyWordsOfFolded}), `count` words: a leading "cac" and a trailing "tinh"
 * dropped when other words remain.
 *
 * @internal
 */
export function keyOfJoined(joined: string, count: number): string {
  let a = 0;
  let b = joined.length;
  let n = count;
  if (n > 1 && joined.startsWith('cac ')) {
    a = 4;
    n--;
  }
  if (n > 1 && joined.endsWith(' tinh')) b -= 5;
  return a === 0 && b === joined.length ? joined : joined.slice(a, b);
}

/**
 * The key two written forms of one agency share: case, diacritics, spacing
 * and punctuation are ignored, common abbreviations are written out
 * ("UBND" → "Ủy ban nhân dân", "VP" → "Văn phòng", "Sở TT&TT" → "Sở Thông tin
 * và Truyền thông", "Sở LĐ-TB&XH" → "Sở Lao động - Thương binh và Xã hội",
 * "HĐND", "TTHC", "KH&ĐT", "TN&MT", "GD&ĐT", "NN&PTNT", "NN&MT", "PVHCC"…),
 * the word "và", a leading "các", a "các" right after "Ủy ban nhân dân" or
 * "Hội đồng nhân dân" and a trailing "tỉnh" are dropped ("Văn phòng UBND" and
 * "Văn phòng Ủy ban nhân dân tỉnh" are one agency in a province's plan).
 * NFC and NFD, upper and lower case, text without diacritics, the look-alike
 * "Ð" (U+00D0) for "Đ" and invisible characters (zero-width, bidirectional
 * controls) give the same key. Linear in the length of the name.
 *
 * @example
 * ```ts
 * import { agencyNameKey } from 'cchc';
 * agencyNameKey('VP UBND tỉnh') === agencyNameKey('Văn phòng Uỷ ban nhân dân tỉnh'); // true
 * agencyNameKey('Sở TT&TT'); // 'so thong tin truyen thong'
 * agencyNameKey('\u00d0ài Phát thanh'); // 'dai phat thanh'
 * ```
 */
export function agencyNameKey(name: string): string {
  if (typeof name !== 'string') return '';
  // NFC first: it also maps singletons such as the Ångström sign (U+212B) to the letter.
  const words = keyWordsOfFolded(foldKey(toNfc(name)));
  return keyOfJoined(words.joined, words.count);
}
