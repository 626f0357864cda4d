/**
 * The two languages of the command's reports. Vietnamese writes 30/06/2018
 * and 85,7%; English writes 2018-06-30 and 85.7%. Written by hand (no
 * `toLocaleString`), so output never depends on the machine's locale.
 *
 * @module
 */
import { isIsoDate } from '../../calendar/isoDate.js';
import { formatDateVi as formatLongVi } from '../../calendar/vietnamDates.js';
import { formatDateVi, formatNumberVi, formatRateVi, roundHalfUp } from './vi.js';

/** A report language: `--lang vi` (default) or `--lang en`. */
export type Lang = 'vi' | 'en';

/** The languages `--lang` accepts, in the order help lists them. */
export const LANGS: readonly Lang[] = ['vi', 'en'];

/** Dates and numbers in one language. */
export interface Fmt {
  readonly lang: Lang;
  /** An ISO date for a reader, as in a table (30/06/2018, 2018-06-30); null → "—". */
  readonly date: (iso: string | null | undefined) => string;
  /**
   * A date said in a sentence, after "ngày"/"of": Vietnamese "30 tháng 6 năm
   * 2018" (the long form of administrative documents, from the library's
   * `formatDateVi`, without its leading "ngày"); English the ISO date.
   */
  readonly longDate: (iso: string) => string;
  /** A number; `digits` fixes the decimals, else up to three are kept. */
  readonly number: (value: number, digits?: number) => string;
  /** A rate in 0..1 as a percentage with one decimal; null → "—". */
  readonly rate: (rate: number | null | undefined) => string;
}

function formatNumberEn(value: number, digits?: number): string {
  const fixed =
    digits === undefined ? String(roundHalfUp(value, 3)) : roundHalfUp(value, digits).toFixed(digits);
  const negative = fixed.startsWith('-');
  const [integer = '0', fraction] = (negative ? fixed.slice(1) : fixed).split('.');
  const body = integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction ? `.${fraction}` : '');
  return negative && /[1-9]/.test(body) ? `-${body}` : body;
}

/** "ngày 30 tháng 6 năm 2018" without "ngày"; text that is not a real date stays as it is. */
function longDateVi(iso: string): string {
  if (!isIsoDate(iso)) return iso;
  return formatLongVi(iso).replace(/^ngày /u, '');
}

const VI: Fmt = {
  lang: 'vi',
  date: formatDateVi,
  longDate: longDateVi,
  number: formatNumberVi,
  rate: formatRateVi,
};

const EN: Fmt = {
  lang: 'en',
  date: (iso) => (iso === null || iso === undefined ? '—' : iso),
  longDate: (iso) => iso,
  number: formatNumberEn,
  rate: (rate) => (rate === null || rate === undefined ? '—' : `${formatNumberEn(rate * 100, 1)}%`),
};

/** The formatter of a language. */
export function fmtOf(lang: Lang): Fmt {
  return lang === 'en' ? EN : VI;
}

/** Picks the text of the report's language. */
export function pick<T>(lang: Lang, vi: T, en: T): T {
  return lang === 'en' ? en : vi;
}
