/**
 * `cchc deadline "<text>" [--year 2019]`: how a deadline text is read.
 *
 * @module
 */
import type { IsoDate } from '../../calendar/isoDate.js';
import type { Deadline, DeadlineKind } from '../../deadline/types.js';
import { EXIT, formatOf, parseCommand, UsageError } from '../args.js';
import { formatDateVi } from '../format/vi.js';
import type { CliLibrary } from '../library.js';
import { toJsonText } from '../report/machine.js';
import type { CommandContext } from './context.js';

const KIND_VI: Readonly<Record<DeadlineKind, string>> = {
  date: 'ngày cụ thể',
  month: 'tháng',
  quarter: 'quý',
  half: 'nửa năm',
  year: 'năm',
  multi: 'nhiều mốc',
  range: 'giai đoạn',
  continuous: 'thường xuyên',
  recurring: 'định kỳ',
  event: 'khi phát sinh sự kiện',
  unknown: 'không đọc được',
};

/** How a deadline text is read: the answer of the command, as data. */
export interface DeadlineView {
  readonly raw: string;
  readonly kind: DeadlineKind;
  readonly reading: string;
  readonly dueDate: IsoDate | null;
  /** Due dates listed: every milestone of a `multi` deadline; a recurring one's occurrences within `window`. */
  readonly occurrences: readonly IsoDate[];
  readonly window: { readonly from: IsoDate; readonly to: IsoDate } | null;
  readonly deadline: Deadline;
}

/** Reads a deadline and lists its due dates: every milestone; recurrences within `year` (or the deadline's own year). */
export function describeDeadline(lib: CliLibrary, text: string, year?: number): DeadlineView {
  const d = lib.parseDeadline(text, year === undefined ? {} : { year });
  const due = lib.dueDate(d);
  let window: DeadlineView['window'] = null;
  let list: readonly IsoDate[] = [];
  if (d.kind === 'multi')
    list = lib.occurrences(d, { from: '0001-01-01' as IsoDate, to: '9999-12-31' as IsoDate });
  else if (d.kind === 'recurring') {
    const y = year ?? (due === null ? undefined : Number(due.slice(0, 4)));
    if (y !== undefined) window = { from: `${y}-01-01` as IsoDate, to: `${y}-12-31` as IsoDate };
  }
  return {
    raw: d.raw,
    kind: d.kind,
    reading: d.kind === 'unknown' ? '' : lib.formatDeadline(d),
    dueDate: due,
    occurrences: window ? lib.occurrences(d, window) : list,
    window,
    deadline: d,
  };
}

/** The view as text for officials. */
export function deadlineToText(v: DeadlineView): string {
  const lines = [`Văn bản:        ${v.raw}`, `Loại:           ${KIND_VI[v.kind]} (${v.kind})`];
  if (v.kind === 'unknown') {
    lines.push('Không đọc được thời hạn này; không đoán. / The text was not understood; no guess is made.');
    return lines.join('\n') + '\n';
  }
  lines.push(`Cách hiểu:      ${v.reading}`);
  lines.push(
    `Hạn hoàn thành: ${v.dueDate === null ? (v.kind === 'event' ? '— (khi phát sinh sự kiện)' : '— (không có ngày cố định)') : formatDateVi(v.dueDate)}`,
  );
  if (v.occurrences.length > 0) {
    const label = v.kind === 'multi' ? 'Các mốc:' : `Các kỳ ${v.window?.from.slice(0, 4) ?? ''}:`;
    lines.push(`${label.padEnd(15)} ${v.occurrences.map(formatDateVi).join(', ')}`);
  } else if (v.kind === 'recurring' && v.window === null) {
    lines.push('Các kỳ:         dùng --year <năm> để liệt kê / use --year <year> to list them');
  }
  return lines.join('\n') + '\n';
}

/** Runs `cchc deadline`. */
export async function deadlineCommand(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseCommand(argv, {
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
  const view = describeDeadline(ctx.lib, text, year);
  ctx.io.stdout(format === 'json' ? toJsonText(view) : deadlineToText(view));
  return EXIT.ok;
}
