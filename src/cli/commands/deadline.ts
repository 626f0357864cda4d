/**
 * `cchc deadline "<text>" [--year 2019]`: how a deadline text is read.
 *
 * @module
 */
import { assertIsoDate, type IsoDate } from '../../calendar/isoDate.js';
import type { Deadline, DeadlineKind } from '../../deadline/types.js';
import { dueDate, formatDeadline, occurrences, parseDeadline } from '../../index.js';
import { EXIT, formatOf, parseCommand, UsageError } from '../args.js';
import { fmtOf, type Lang, pick } from '../format/locale.js';
import { UNKNOWN_REASONS } from '../format/labels.js';
import { oneLine } from '../format/safe.js';
import { labelled, wrapText } from '../format/table.js';
import { emit, outputTarget } from '../output.js';
import { toJsonText } from '../report/machine.js';
import type { CommandContext } from './context.js';

const KIND_WORDS: ReadonlyMap<DeadlineKind, { readonly vi: string; readonly en: string }> = new Map([
  ['date', { vi: 'ngày cụ thể', en: 'a date' }],
  ['month', { vi: 'tháng', en: 'a month' }],
  ['quarter', { vi: 'quý', en: 'a quarter' }],
  ['half', { vi: 'nửa năm', en: 'a half-year' }],
  ['year', { vi: 'năm', en: 'a year' }],
  ['multi', { vi: 'nhiều mốc', en: 'several milestones' }],
  ['range', { vi: 'giai đoạn', en: 'a period' }],
  ['continuous', { vi: 'thường xuyên', en: 'continuous' }],
  ['recurring', { vi: 'định kỳ', en: 'recurring' }],
  ['event', { vi: 'khi phát sinh sự kiện', en: 'when an event occurs' }],
  ['unknown', { vi: 'không đọc được', en: 'not understood' }],
]);

/** Text quoted for a shell command line, as a user would type it. */
function shellQuote(text: string): string {
  const t = oneLine(text);
  return /^[\p{L}\p{N}/._-]+$/u.test(t) ? t : `"${t.replace(/(["\\$`])/gu, '\\$1')}"`;
}

/** How a deadline text is read: the answer of the command, as data. */
export interface DeadlineView {
  readonly raw: string;
  readonly kind: DeadlineKind;
  readonly reading: string;
  readonly dueDate: IsoDate | null;
  /** Due dates listed: every milestone of a `multi` deadline; a recurring one's occurrences within `window`. */
  readonly occurrences: readonly IsoDate[];
  readonly window: { readonly from: IsoDate; readonly to: IsoDate } | null;
  /** True when the text names no year and none was given: `--year` would let it be read. */
  readonly needsYear: boolean;
  /** Why the text was not read (kind `unknown`), in Vietnamese and English; null otherwise. */
  readonly why: string | null;
  readonly whyEn: string | null;
  readonly deadline: Deadline;
}

const ALL_TIME = { from: assertIsoDate('0001-01-01'), to: assertIsoDate('9999-12-31') };

/** Reads a deadline and lists its due dates: every milestone; recurrences within `year` (or the deadline's own year). */
export function describeDeadline(text: string, year?: number): DeadlineView {
  const d = parseDeadline(text, year === undefined ? {} : { year });
  const due = dueDate(d);
  let window: DeadlineView['window'] = null;
  let list: readonly IsoDate[] = [];
  if (d.kind === 'multi') list = occurrences(d, ALL_TIME);
  else if (d.kind === 'recurring') {
    const y = year ?? (due === null ? undefined : Number(due.slice(0, 4)));
    if (y !== undefined) window = { from: assertIsoDate(`${y}-01-01`), to: assertIsoDate(`${y}-12-31`) };
  }
  return {
    raw: d.raw,
    kind: d.kind,
    reading: d.kind === 'unknown' ? '' : formatDeadline(d),
    dueDate: due,
    occurrences: window ? occurrences(d, window) : list,
    window,
    needsYear:
      year === undefined &&
      ((d.kind === 'unknown' && d.reason === 'no-year') || (d.kind === 'recurring' && window === null)),
    why: d.kind === 'unknown' ? (UNKNOWN_REASONS.get(d.reason)?.vi ?? null) : null,
    whyEn: d.kind === 'unknown' ? (UNKNOWN_REASONS.get(d.reason)?.en ?? null) : null,
    deadline: d,
  };
}

/** The view as text for officials, in Vietnamese or English. */
export function deadlineToText(v: DeadlineView, lang: Lang = 'vi', width = 80): string {
  const f = fmtOf(lang);
  const field = (vi: string, en: string, value: string) => labelled(pick(lang, vi, en), value, width);
  const kind = KIND_WORDS.get(v.kind) ?? { vi: v.kind, en: v.kind };
  const lines = [field('Văn bản:', 'Text:', v.raw), field('Loại:', 'Kind:', `${kind[lang]} (${v.kind})`)];
  if (v.needsYear)
    lines.push(
      wrapText(
        pick(
          lang,
          `Văn bản không ghi năm: thêm --year <năm> (năm của kế hoạch) để đọc, ví dụ cchc deadline ${shellQuote(v.raw)} --year 2019.`,
          `The text names no year: add --year <year> (the plan's year) to read it, e.g. cchc deadline ${shellQuote(v.raw)} --year 2019.`,
        ),
        width,
      ),
    );
  if (v.kind === 'unknown') {
    const why = pick(lang, v.why, v.whyEn);
    if (why !== null && !v.needsYear) lines.push(field('Lý do:', 'Why:', why));
    if (!v.needsYear)
      lines.push(
        wrapText(
          pick(
            lang,
            'Không đọc được thời hạn này; không đoán ngày.',
            'The text was not read as a deadline; no date is guessed.',
          ),
          width,
        ),
      );
    return lines.join('\n') + '\n';
  }
  lines.push(field('Cách hiểu:', 'Reading:', v.reading));
  lines.push(
    field(
      'Hạn hoàn thành:',
      'Due date:',
      v.dueDate === null
        ? v.kind === 'event'
          ? pick(lang, '— (khi phát sinh sự kiện)', '— (when the event occurs)')
          : pick(lang, '— (không có ngày cố định)', '— (no fixed date)')
        : f.date(v.dueDate),
    ),
  );
  if (v.occurrences.length > 0) {
    const y = v.window?.from.slice(0, 4) ?? '';
    const label =
      v.kind === 'multi'
        ? pick(lang, 'Các mốc:', 'Milestones:')
        : pick(lang, `Các kỳ ${y}:`, `Dates in ${y}:`);
    lines.push(labelled(label, v.occurrences.map(f.date).join(', '), width));
  }
  return lines.join('\n') + '\n';
}

/** Runs `cchc deadline`. */
export async function deadlineCommand(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const { values, positionals, lang } = parseCommand(argv, {
    year: { type: 'string' },
    format: { type: 'string' },
  });
  const format = formatOf(values.format, ['text', 'json'] as const, 'text');
  const text = positionals.join(' ');
  if (text.trim() === '') throw new UsageError('Thiếu văn bản thời hạn', 'Missing the deadline text');
  let year: number | undefined;
  if (values.year !== undefined) {
    if (!/^\d{4}$/.test(values.year))
      throw new UsageError(
        `--year phải là năm 4 chữ số (nhận được "${values.year}")`,
        `--year must be a 4-digit year (got "${values.year}")`,
      );
    year = Number(values.year);
  }
  const view = describeDeadline(text, year);
  const target = outputTarget(ctx.io, values.output);
  await emit(ctx.io, target, format === 'json' ? toJsonText(view) : deadlineToText(view, lang, target.width));
  return EXIT.ok;
}
