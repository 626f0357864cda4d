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
 * the next part of the same compound.
 */
const PART_PAIRS: ReadonlySet<string> = new Set(
  COMPOUNDS.flatMap(([parts]) => {
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

/**
 * Folded text cut into runs of letters and digits (`runs`) and what stands
 * between them (`gaps`, one more than the runs: before the first, between,
 * after the last).
 *
 * @internal
 */
export interface Runs {
  readonly runs: readonly string[];
  readonly gaps: readonly string[];
}

/** Cuts text folded by {@link foldKey} into {@link Runs}. One scan. @internal */
export function runsOf(folded: string): Runs {
  const runs: string[] = [];
  const gaps: string[] = [];
  let i = 0;
  let gapFrom = 0;
  while (i < folded.length) {
    if (!isAlnum(folded.charCodeAt(i))) {
      i++;
      continue;
    }
    gaps.push(folded.slice(gapFrom, i));
    const from = i;
    while (i < folded.length && isAlnum(folded.charCodeAt(i))) i++;
    runs.push(folded.slice(from, i));
    gapFrom = i;
  }
  gaps.push(folded.slice(gapFrom));
  return { runs, gaps };
}

/** What may stand between two parts of a compound: a space, "&", "," or "-", a space ("TT & TT", "LĐ-TB", "VH, TT"). */
function isPartGap(gap: string): boolean {
  let i = 0;
  if (gap.charAt(i) === ' ') i++;
  const c = gap.charAt(i);
  if (c === '&' || c === ',' || c === '-') i++;
  if (gap.charAt(i) === ' ') i++;
  return i === gap.length && gap.length > 0;
}

/**
 * Matches compound `parts` on runs from `r`: whole runs, each made of the
 * next parts, separated by part gaps. Returns the index after the last run
 * matched, or -1.
 */
function matchCompound(
  parts: readonly string[],
  runs: readonly string[],
  gaps: readonly string[],
  r: number,
): number {
  let p = 0;
  let k = r;
  while (p < parts.length) {
    const run = runs[k];
    if (run === undefined || (k > r && !isPartGap(gaps[k] ?? ''))) return -1;
    let pos = 0;
    while (pos < run.length && p < parts.length && run.startsWith(parts[p] as string, pos)) {
      pos += (parts[p] as string).length;
      p++;
    }
    if (pos !== run.length) return -1;
    k++;
  }
  return k;
}

/**
 * The key words of text cut into runs: compound abbreviations written out (in
 * the order of the list, each over the whole text, leftmost first), other
 * abbreviations written out, "va" dropped. Linear in the number of runs.
 *
 * @internal
 */
export function keyWordsOfRuns(text: Runs): string[] {
  let runs: readonly string[] = text.runs;
  let gaps: readonly string[] = text.gaps;
  /** Runs already written out by a compound: not matched again. */
  let done: readonly boolean[] = [];
  for (const [parts, long] of COMPOUNDS) {
    let any = false;
    for (const run of runs) if (PART_RUNS.has(run)) any = true;
    if (!any) break;
    if (done.length !== runs.length) done = runs.map(() => false);
    const nextRuns: string[] = [];
    const nextGaps: string[] = [gaps[0] ?? ''];
    const nextDone: boolean[] = [];
    let r = 0;
    while (r < runs.length) {
      const end = done[r] === true ? -1 : matchCompound(parts, runs, gaps, r);
      if (end > r && !done.slice(r, end).includes(true)) {
        nextRuns.push(long);
        nextDone.push(true);
        nextGaps.push(gaps[end] ?? '');
        r = end;
      } else {
        nextRuns.push(runs[r] as string);
        nextDone.push(done[r] === true);
        nextGaps.push(gaps[r + 1] ?? '');
        r++;
      }
    }
    runs = nextRuns;
    gaps = nextGaps;
    done = nextDone;
  }
  const out: string[] = [];
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r] as string;
    const long = done[r] === true ? run : WORDS.get(run);
    if (long === undefined) {
      if (run !== 'va') out.push(run);
    } else for (const w of long.split(' ')) if (w !== 'va') out.push(w);
  }
  return out;
}

/**
 * The words of an agency name's key, before the whole-name rules (a leading
 * "các", a trailing "tỉnh"): folded through the text kernel ({@link foldKey}:
 * case, diacritics, NFC/NFD, Đ and its look-alikes, invisible characters,
 * spaces and dashes), abbreviations written out, punctuation and "và"
 * dropped.
 *
 * @internal
 */
export function agencyKeyWords(name: string): string[] {
  if (typeof name !== 'string') return [];
  // NFC first: it also maps singletons such as the Ångström sign (U+212B) to the letter.
  return keyWordsOfRuns(runsOf(foldKey(toNfc(name))));
}

/**
 * The key of a name from its words ({@link agencyKeyWords}): a leading "cac"
 * and a trailing "tinh" dropped when other words remain.
 *
 * @internal
 */
export function keyOfWords(words: readonly string[]): string {
  let a = 0;
  let b = words.length;
  if (b - a > 1 && words[a] === 'cac') a++;
  if (b - a > 1 && words[b - 1] === 'tinh') b--;
  return words.slice(a, b).join(' ');
}

/**
 * The key two written forms of one agency share: case, diacritics, spacing
 * and punctuation are ignored, common abbreviations are written out
 * ("UBND" → "Ủy ban nhân dân", "VP" → "Văn phòng", "Sở TT&TT" → "Sở Thông tin
 * và Truyền thông", "Sở LĐ-TB&XH" → "Sở Lao động - Thương binh và Xã hội",
 * "HĐND", "TTHC", "KH&ĐT", "TN&MT", "GD&ĐT", "NN&PTNT"…), the word "và", a
 * leading "các" and a trailing "tỉnh" are dropped ("Văn phòng UBND" and
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
  return keyOfWords(agencyKeyWords(name));
}
