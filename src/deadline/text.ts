/**
 * Tokenising deadline phrases (internal).
 *
 * One linear pass folds every letter through the Vietnamese text kernel
 * (`foldLetterCode`: lower-case ASCII base, "Quý" → "quy", "Đ" and the
 * look-alike "Ð" → "d") and drops what the kernel drops (`isFoldIgnorable`:
 * combining marks, zero-width and bidirectional controls), so NFC and NFD
 * text, any case, text without diacritics and text sprinkled with invisible
 * characters give the same tokens — without normalising the whole string
 * first. Tokens keep their offsets into the input so event triggers can be
 * quoted with their diacritics, and remember whether a line break came
 * before them (a cell may write one deadline per line).
 *
 * @internal
 * @module
 */
import { foldLetterCode, isDashCode, isFoldIgnorable, isSpaceCode } from '../core/text.js';

/** A token: a word (folded to ASCII), a number (digits) or a punctuation mark. */
export interface Token {
  readonly k: 'w' | 'n' | 'p';
  /** Folded word, digit string, or the punctuation character ('-' for any dash). */
  readonly v: string;
  /** Offsets in the input text. */
  readonly s: number;
  readonly e: number;
  /** True when a line break comes between this token and the one before (every token has the field: one shape). */
  readonly nl: boolean;
}

/** The text and its tokens. */
export interface Tokenised {
  /** The input, as given (token offsets refer to it). */
  readonly text: string;
  readonly tokens: readonly Token[];
  /** True when the text holds more than {@link MAX_TOKENS} tokens (and `tokens` stops there). */
  readonly tooLong: boolean;
  /** Whether any word or number was found. */
  readonly hasContent: boolean;
  /** The flags ({@link EVENT_WORD}, …) of all words, or-ed. */
  readonly flags: number;
}

/**
 * The most tokens a deadline phrase may have. The longest phrase in the seed
 * plans has 38; a table cell longer than this is not a deadline, so reading
 * stops there and the text is `unknown` — which also bounds the grammar's
 * work on hostile input.
 */
export const MAX_TOKENS = 256;

/** Punctuation the grammar reads, by char code (below 128). Parentheses and all else are dropped. */
const PUNCT: readonly string[] = (() => {
  const t = new Array<string>(128).fill('');
  for (const ch of '/-,.;:&+') t[ch.charCodeAt(0)] = ch;
  return t;
})();

/** Flags of the words the grammar knows (one lookup per word tells the parser which readers to try). */
export const KNOWN = 1;
/** A word that may start an event phrase ("khi", "theo", "đột xuất", "kể từ", …). */
export const EVENT_WORD = 2;
/** A word of a recurrence ("kỳ", "hàng", "mỗi", "lần", "tuần"). */
export const RECURRENCE_WORD = 4;
/** A word of a continuous phrase ("xuyên", "liên", "ngày"). */
export const CONTINUOUS_WORD = 8;
/** "tháng": with a {@link CUTOFF_WORD}, a cut-off may name its period on its own. */
export const MONTH_WORD = 16;
/** "cuối", "đầu", "của": words of a cut-off ("trước ngày 25 của tháng cuối quý", "ngày 15 của tháng"). */
export const CUTOFF_WORD = 32;
/**
 * Not a word: the text holds characters the kernel drops or mends (zero-width
 * or bidirectional controls, the look-alike Ð/ð), so quoted text goes through
 * `toNfc`, not only `normalize('NFC')`.
 */
export const ODD_TEXT = 64;
/** Not a word: the text holds a character NFC may change (a combining mark, a space or mark from U+0300 on). */
export const NOT_NFC = 128;
/** Not a word: the text holds spacing other than single ASCII spaces (quoted text has it evened out). */
export const ODD_SPACE = 256;

/** Folded letters kept of a word (longer words are table debris, never a word of the grammar). */
const LONGEST_WORD = 48;

/** Whether a space code unit breaks a line (LF, VT, FF, CR, NEL, LS, PS). */
export function isLineBreak(c: number): boolean {
  return (c >= 0x0a && c <= 0x0d) || c === 0x85 || c === 0x2028 || c === 0x2029;
}

/**
 * Whether a code unit vanishes inside a word or a number: what the kernel's
 * `isFoldIgnorable` drops, and the soft hyphen (U+00AD), which the kernel
 * lists among invisible characters but `isFoldIgnorable` (checking from
 * U+0300 up) lets through.
 */
function isInvisible(c: number): boolean {
  return c === 0xad || (c >= 0x300 && isFoldIgnorable(c));
}

/**
 * What a code unit is to the tokeniser: a folded letter (its a–z code,
 * 97–122), or one of these.
 */
enum C {
  /** Neither letter, digit, space, mark nor known punctuation: table debris, dropped. */
  Other = 0,
  /** 0–9. */
  Digit = 1,
  /** A space that does not break a line. */
  Space = 2,
  /** A space that breaks a line. */
  Break = 3,
  /** Punctuation the grammar reads (`/-,.;:&+`; any dash reads as '-'). */
  Punct = 4,
  /** A combining mark of U+0300–U+036F (NFD diacritics): vanishes, and NFC composes it. */
  Mark = 5,
  /** Any other character that vanishes (zero-width, bidirectional controls, soft hyphen, …): the text is odd. */
  Invisible = 6,
}

/** The class of a code unit (see {@link C}), from the kernel's own tests. */
function classOf(c: number): number {
  if (c >= 48 && c <= 57) return C.Digit;
  const l = foldLetterCode(c);
  if (l !== '' && (c >= 0xc0 || c < 128)) return l.charCodeAt(0);
  if (c < 128 && PUNCT[c] !== '') return C.Punct;
  if (isDashCode(c)) return C.Punct;
  if (isSpaceCode(c)) return isLineBreak(c) ? C.Break : C.Space;
  if (isInvisible(c)) return c >= 0x300 && c <= 0x36f ? C.Mark : C.Invisible;
  return C.Other;
}

/** Code units below this have their class in {@link classes}; the rest (rare) ask {@link classOf}. */
const TABLED = 0x1f00;

/** {@link classOf} of every code unit below {@link TABLED}, built on the first tokenise. */
let CLASSES: Uint8Array | undefined;

function classes(): Uint8Array {
  if (CLASSES !== undefined) return CLASSES;
  const t = new Uint8Array(TABLED);
  for (let c = 0; c < TABLED; c++) t[c] = classOf(c);
  CLASSES = t;
  return t;
}

/** `String.prototype.toWellFormed` (ES2024), where the engine has it. */
interface MaybeWellFormed {
  toWellFormed?: () => string;
}

/**
 * The text as one flat run of code units. A string built by concatenation is
 * a tree of pieces; once flattened the engine still reaches its characters
 * through the tree's root, which makes every `charCodeAt` several times
 * slower. `toWellFormed` hands back the flat run itself (or a copy with lone
 * surrogates as U+FFFD: same length, and the tokeniser drops both as debris).
 */
function sequential(text: string): string {
  const f = (text as MaybeWellFormed).toWellFormed;
  return f === undefined ? text : f.call(text);
}

/** Texts up to this length have their code units copied into one buffer kept between calls. */
const KEPT_CODES = 4096;

/** The buffer of {@link codesOf}, grown up to {@link KEPT_CODES}. */
let CODES = new Uint16Array(256);

/**
 * The code units of a text, copied once into a typed array, with a 0 after
 * the last (reading one past the end finds no space nor letter). The
 * tokeniser reads each unit once or twice, and reading a typed array costs
 * the same whatever the string's make-up, while `charCodeAt` compiled for the
 * flat strings seen first slows down on others. Valid until the next call:
 * the tokeniser never calls itself.
 */
function codesOf(text: string): Uint16Array {
  const n = text.length;
  let out = CODES;
  if (n >= out.length) {
    out = new Uint16Array(n + 1);
    if (n < KEPT_CODES) CODES = out;
  }
  for (let i = 0; i < n; i++) out[i] = text.charCodeAt(i);
  out[n] = 0;
  return out;
}

/**
 * Normalises and tokenises a phrase in one pass. Words split by a letter/digit
 * change ("16h00" → 16, h, 00; "q3" → q, 3). Characters the kernel ignores
 * (combining marks, zero-width and bidirectional controls) are skipped inside
 * words and numbers alike. Characters that are neither letters, digits, spaces
 * nor known punctuation (pipes, asterisks, quotes) are dropped as table debris.
 */
export function tokenise(input: string): Tokenised {
  const text = sequential(input);
  // the code units, read from a typed array (see codesOf)
  const code = codesOf(text);
  const cls = classes();
  const tokens: Token[] = [];
  const n = text.length;
  let unknownWord = false;
  let content = false;
  let flags = 0;
  let lineBreak = false;
  let i = 0;
  while (i < n) {
    if (tokens.length > MAX_TOKENS) return { text: input, tokens, tooLong: true, hasContent: true, flags };
    const c = code[i] as number;
    const k = c < TABLED ? (cls[c] as number) : classOf(c);
    if (k >= 97) {
      const s = i;
      // 0: a–z only; 1: ASCII letters; 2: diacritics, combining marks or invisible characters
      let form = 0;
      // the word's node in the vocabulary trie, as its letters are folded; 0 once it leaves it
      let node = TRIE[k - 97] as number;
      let odd = false;
      if (c >= 128) {
        form = 2;
        // the look-alike Ð / ð
        if (c === 0xd0 || c === 0xf0) odd = true;
      } else if (c < 97) form = 1;
      i++;
      while (i < n) {
        const d = code[i] as number;
        const f = d < TABLED ? (cls[d] as number) : classOf(d);
        if (f >= 97) {
          if (d >= 128) {
            form = 2;
            if (d === 0xd0 || d === 0xf0) odd = true;
          } else if (d < 97 && form === 0) form = 1;
          if (node > 0) node = TRIE[node * 26 + f - 97] as number;
        } else if (f === C.Mark) {
          // a combining mark vanishes (and NFC composes it)
          flags |= NOT_NFC;
          form = 2;
        } else if (f === C.Invisible) {
          // any other invisible character makes the text odd
          odd = true;
          form = 2;
        } else break;
        i++;
      }
      let v: string;
      const known = WORD[node] as string;
      if (known !== '') v = known;
      else if (form === 0) v = text.slice(s, i);
      else if (form === 1) v = text.slice(s, i).toLowerCase();
      else {
        v = '';
        for (let j = s; j < i; j++) {
          v += foldLetterCode(code[j] as number);
          // no word the grammar knows is this long: keep a stub (no letter after "#" can make it one)
          if (v.length >= LONGEST_WORD) {
            v += '#';
            break;
          }
        }
      }
      if (odd) flags |= ODD_TEXT;
      if (known === '') unknownWord = true;
      else flags |= FLAG[node] as number;
      tokens.push({ k: 'w', v: v, s: s, e: i, nl: lineBreak });
      lineBreak = false;
      content = true;
      continue;
    }
    if (k === C.Digit) {
      const s = i;
      // 0: digits only; 1: digits with ignorable characters between them
      let form = 0;
      i++;
      while (i < n) {
        const d = code[i] as number;
        if (d >= 48 && d <= 57) i++;
        else if (d >= 0xad && isInvisible(d)) {
          form = 1;
          flags |= ODD_TEXT;
          i++;
        } else break;
      }
      let v: string;
      // up to four digits, not starting with 0: the engine's own string of the number, which it
      // keeps for numbers in use (no new string a number, and Number() of it finds its value kept)
      if (form === 0 && i - s < 5 && (code[s] !== 48 || i - s === 1)) {
        let x = 0;
        for (let j = s; j < i; j++) x = x * 10 + (code[j] as number) - 48;
        v = String(x);
      } else v = text.slice(s, i);
      if (form === 1) {
        v = '';
        for (let j = s; j < i; j++) {
          const d = code[j] as number;
          if (d >= 48 && d <= 57) v += text.charAt(j);
        }
      }
      tokens.push({ k: 'n', v: v, s: s, e: i, nl: lineBreak });
      lineBreak = false;
      content = true;
      continue;
    }
    // NFC may change a character from U+0300 on that is not a letter the kernel folds (a combining
    // mark, U+2000 …); spacing other than one ASCII space needs evening out in quoted text
    if (c >= 0x300) flags |= NOT_NFC;
    if (k === C.Punct) {
      tokens.push({ k: 'p', v: c < 128 ? (PUNCT[c] as string) : '-', s: i, e: i + 1, nl: lineBreak });
      lineBreak = false;
    } else if (k === C.Space || k === C.Break) {
      if (c !== 32 || code[i + 1] === 32) flags |= ODD_SPACE;
      if (k === C.Break && tokens.length > 0) lineBreak = true;
    } else if (k !== C.Other) {
      flags |= ODD_TEXT;
    }
    i++;
  }
  if (!unknownWord) return { text: input, tokens, tooLong: false, hasContent: content, flags };
  const glued = glue(tokens);
  // words re-joined may carry flags of their own ("th ường" → "thuong")
  for (const t of glued) if (t.k === 'w') flags |= WORD_FLAGS.get(t.v) ?? 0;
  return { text: input, tokens: glued, tooLong: false, hasContent: content, flags };
}

/**
 * Folded words the grammar knows. Used to re-join words split by stray
 * spaces ("Th ường xuyên" → "thuong").
 */
export const VOCABULARY: ReadonlySet<string> = new Set([
  'quy',
  'thang',
  'nam',
  'ngay',
  'truoc',
  'tu',
  'den',
  'va',
  'giai',
  'doan',
  'thuong',
  'xuyen',
  'dinh',
  'ky',
  'hang',
  'moi',
  'tuan',
  'khi',
  'co',
  'dot',
  'xuat',
  'theo',
  'ke',
  'hoach',
  'de',
  'an',
  'tien',
  'do',
  'cua',
  'trong',
  'cham',
  'nhat',
  'la',
  'hoan',
  'thanh',
  'thuc',
  'hien',
  'trien',
  'khai',
  'xong',
  'cuoi',
  'dau',
  'het',
  'ca',
  'cac',
  'tiep',
  'sau',
  'suot',
  'lien',
  'tuc',
  'yeu',
  'cau',
  'thu',
  'hai',
  'ba',
  'bay',
  'chu',
  'gio',
  'phut',
  'nua',
  'vao',
  'toi',
  'lam',
  'viec',
  'thoi',
  'han',
  'mot',
  'lan',
  'tro',
  'di',
  'bon',
  'nay',
  'hoac',
  'ban',
  'hanh',
  'bao',
  'cao',
  'gui',
  've',
  'duoc',
  'can',
  'cu',
  'huong',
  'dan',
  'trung',
  'uong',
  'van',
  'phap',
  'luat',
  'bat',
  'vong',
  'nhung',
  // Roman numerals and letters the grammar reads on their own
  'i',
  'ii',
  'iii',
  'iv',
  'v',
  'vi',
  'q',
  'qi',
  'qii',
  'qiii',
  'qiv',
  'h',
  'quyet',
  'nghi',
  'hieu',
  'luc',
  'dung',
  'ngan',
  'sach',
  'nhu',
  // "giữa năm", "tháng cuối cùng", "nhiệm vụ / công việc thường xuyên", "tổ chức",
  // "áp dụng", "duy trì", "sáng / chiều thứ Hai"
  'giua',
  'cung',
  'nhiem',
  'vu',
  'cong',
  'to',
  'chuc',
  'ap',
  'duy',
  'tri',
  'sang',
  'chieu',
  'dua',
  'su',
  'quanh',
  'hoc',
]);

const WORD_FLAGS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  for (const w of VOCABULARY) m.set(w, KNOWN);
  for (const w of ['khi', 'neu', 'sau', 'dot', 'theo', 'ke', 'tuy']) m.set(w, KNOWN | EVENT_WORD);
  for (const w of ['ky', 'hang', 'moi', 'lan', 'tuan']) m.set(w, KNOWN | RECURRENCE_WORD);
  m.set('thang', KNOWN | MONTH_WORD);
  for (const w of ['cua', 'cuoi', 'dau']) m.set(w, KNOWN | CUTOFF_WORD);
  for (const w of ['xuyen', 'lien', 'ngay', 'suot', 'quanh']) m.set(w, KNOWN | CONTINUOUS_WORD);
  return m;
})();

/**
 * The words of {@link WORD_FLAGS} as a trie over folded letters a–z (26
 * children a node, 0 for none; node 0 is the root): the tokeniser walks it as
 * it folds a word, so a known word costs no slice, no fold and no lookup, and
 * its token holds the one shared copy of the word. `WORD[node]` is the word
 * ending at a node ('' for none), `FLAG[node]` its flags.
 */
const WORD: string[] = [''];
const FLAG: number[] = [0];
const TRIE: Int16Array = (() => {
  let size = 1;
  for (const w of WORD_FLAGS.keys()) size += w.length;
  const t = new Int16Array(size * 26);
  for (const [w, f] of WORD_FLAGS) {
    let node = 0;
    for (let j = 0; j < w.length; j++) {
      const k = node * 26 + w.charCodeAt(j) - 97;
      if (t[k] === 0) {
        t[k] = WORD.length;
        WORD.push('');
        FLAG.push(0);
      }
      node = t[k] as number;
    }
    WORD[node] = w;
    FLAG[node] = f;
  }
  return t;
})();

const PREFIXES: ReadonlySet<string> = (() => {
  const p = new Set<string>();
  for (const w of VOCABULARY) for (let i = 1; i <= w.length; i++) p.add(w.slice(0, i));
  return p;
})();

/**
 * Re-joins word fragments split by stray spaces when the join spells a known
 * word and one of the parts is not a word on its own. Linear: each step
 * consumes a token.
 */
function glue(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const last = out.length > 0 ? out[out.length - 1] : undefined;
    if (
      last !== undefined &&
      t.k === 'w' &&
      last.k === 'w' &&
      (!VOCABULARY.has(last.v) || !VOCABULARY.has(t.v)) &&
      last.v.length + t.v.length <= 8 &&
      PREFIXES.has(last.v + t.v) &&
      (VOCABULARY.has(last.v + t.v) || !VOCABULARY.has(t.v))
    ) {
      out[out.length - 1] = { k: 'w', v: last.v + t.v, s: last.s, e: t.e, nl: last.nl };
      continue;
    }
    out.push(t);
  }
  return out;
}
