/**
 * Text normalisation and tokenising for deadline phrases (internal).
 *
 * One linear pass: NFC + lower case, then each character is folded to its
 * base ASCII letter ("quý" → "quy", "đ" → "d") so text written without
 * diacritics reads the same. Tokens keep their offsets into the NFC,
 * lower-cased text so event triggers can be quoted with their diacritics.
 *
 * @internal
 * @module
 */

/** A token: a word (folded to ASCII), a number (digits) or a punctuation mark. */
export interface Token {
  readonly k: 'w' | 'n' | 'p';
  /** Folded word, digit string, or the punctuation character ('-' for any dash). */
  readonly v: string;
  /** Offsets in the normalised text. */
  readonly s: number;
  readonly e: number;
}

/** The normalised text and its tokens. */
export interface Tokenised {
  /** NFC, lower case, original characters. */
  readonly text: string;
  readonly tokens: readonly Token[];
  /** True when the text holds more than {@link MAX_TOKENS} tokens (and `tokens` stops there). */
  readonly tooLong: boolean;
}

/**
 * The most tokens a deadline phrase may have. The longest phrase in the seed
 * plans has 38; a table cell longer than this is not a deadline, so reading
 * stops there and the text is `unknown` — which also bounds the grammar's
 * work on hostile input (normalising the whole text stays linear).
 */
export const MAX_TOKENS = 256;

const VIET = 'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ';

/** Folded base letter of each precomposed Vietnamese lower-case letter. */
const FOLD: ReadonlyMap<number, string> = (() => {
  const m = new Map<number, string>();
  for (const ch of VIET) m.set(ch.charCodeAt(0), ch.normalize('NFD').charAt(0));
  m.set('đ'.charCodeAt(0), 'd');
  return m;
})();

const PUNCT = new Set(['/', '-', ',', '.', ';', ':', '&', '+', '(', ')']);

function isDash(c: number): boolean {
  // hyphen-minus handled by PUNCT; en dash, em dash, hyphen, non-breaking hyphen, minus, figure dash
  return c === 0x2013 || c === 0x2014 || c === 0x2010 || c === 0x2011 || c === 0x2212 || c === 0x2012;
}

/**
 * Normalises and tokenises a phrase in one pass. Words split by a letter/digit
 * change ("16h00" → 16, h, 00; "q3" → q, 3). Characters that are neither
 * letters, digits nor known punctuation (pipes, asterisks, quotes) are dropped
 * as table debris.
 */
export function tokenise(input: string): Tokenised {
  const text = input.normalize('NFC').toLowerCase();
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (tokens.length > MAX_TOKENS) return { text, tokens, tooLong: true };
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      const s = i;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d < 48 || d > 57) break;
        i++;
      }
      tokens.push({ k: 'n', v: text.slice(s, i), s, e: i });
      continue;
    }
    if (isLetter(c)) {
      const s = i;
      let v = '';
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d >= 97 && d <= 122) v += text.charAt(i);
        else if (d >= 0x300 && d <= 0x36f) {
          /* stray combining mark: part of the word */
        } else {
          const f = FOLD.get(d);
          if (f === undefined) break;
          v += f;
        }
        i++;
      }
      tokens.push({ k: 'w', v, s, e: i });
      continue;
    }
    const ch = text.charAt(i);
    if (PUNCT.has(ch)) tokens.push({ k: 'p', v: ch, s: i, e: i + 1 });
    else if (isDash(c)) tokens.push({ k: 'p', v: '-', s: i, e: i + 1 });
    i++;
  }
  return { text, tokens: glue(tokens), tooLong: false };
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || FOLD.has(c);
}

/**
 * Folded words the grammar knows. Used to re-join words split by stray
 * spaces ("Th ường xuyên" → "thuong").
 */
export const VOCABULARY: ReadonlySet<string> = new Set([
  'quy', 'thang', 'nam', 'ngay', 'truoc', 'tu', 'den', 'va', 'giai', 'doan', 'thuong', 'xuyen',
  'dinh', 'ky', 'hang', 'moi', 'tuan', 'khi', 'co', 'dot', 'xuat', 'theo', 'ke', 'hoach', 'de',
  'an', 'tien', 'do', 'cua', 'trong', 'cham', 'nhat', 'la', 'hoan', 'thanh', 'thuc', 'hien',
  'trien', 'khai', 'xong', 'cuoi', 'dau', 'het', 'ca', 'cac', 'tiep', 'sau', 'suot', 'lien',
  'tuc', 'yeu', 'cau', 'thu', 'hai', 'ba', 'bay', 'chu', 'gio', 'phut', 'nua', 'vao', 'toi',
  'lam', 'viec', 'thoi', 'han', 'mot', 'lan', 'tro', 'di', 'bon', 'nay', 'hoac', 'ban', 'hanh',
  'bao', 'cao', 'gui', 've', 'duoc', 'can', 'cu', 'huong', 'dan', 'trung', 'uong', 'van',
  'phap', 'luat', 'bat', 'vong', 'nhung', 'quyet', 'nghi', 'hieu', 'luc', 'dung', 'ngan', 'sach', 'nhu',
]);

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
    const last = out[out.length - 1];
    if (
      last !== undefined &&
      t.k === 'w' &&
      last.k === 'w' &&
      (!VOCABULARY.has(last.v) || !VOCABULARY.has(t.v)) &&
      last.v.length + t.v.length <= 8 &&
      PREFIXES.has(last.v + t.v) &&
      (VOCABULARY.has(last.v + t.v) || !VOCABULARY.has(t.v))
    ) {
      out[out.length - 1] = { k: 'w', v: last.v + t.v, s: last.s, e: t.e };
      continue;
    }
    out.push(t);
  }
  return out;
}
