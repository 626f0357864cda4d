/**
 * Machine-readable formats: JSON and CSV, with ISO dates and dot decimals.
 * `--excel` CSV is for people: a UTF-8 byte-order mark (so Excel reads the
 * Vietnamese letters), headings and statuses in words of the report's
 * language.
 *
 * @module
 */
import { BOM, csvCell, toCsv } from '../format/csv.js';
import { STATUS_LABELS } from '../format/labels.js';
import { type Lang, pick } from '../format/locale.js';
import { roundHalfUp } from '../format/vi.js';
import type { ScoreReport } from './score-model.js';
import type { StatusReport } from './status-model.js';

/** Any report as pretty JSON with a trailing line break. */
export function toJsonText(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/** How a CSV file is written: for programs (default), or for Excel in a language. */
export interface CsvOptions {
  readonly excel?: boolean;
  readonly lang?: Lang;
}

const ROLE_WORDS = {
  vi: { lead: 'Chủ trì', support: 'Phối hợp' },
  en: { lead: 'Lead', support: 'Support' },
} as const;

/** One row per assignment (task × agency × role). */
export function statusToCsv(r: StatusReport, opts: CsvOptions = {}): string {
  const lang = opts.lang ?? 'vi';
  const excel = opts.excel === true;
  // Titles and names repeat once per agency of a task: quote each text once.
  const quoted = new Map<string, string>();
  const q = (text: string) => {
    let c = quoted.get(text);
    if (c === undefined) quoted.set(text, (c = csvCell(text)));
    return c;
  };
  const header = excel
    ? pick(
        lang,
        [
          'Mã nhiệm vụ',
          'Nhiệm vụ',
          'Thời hạn',
          'Hạn',
          'Mã cơ quan',
          'Cơ quan',
          'Vai trò',
          'Tình trạng',
          'Số ngày quá hạn',
          'Số ngày còn lại',
        ],
        [
          'Task id',
          'Task',
          'Deadline',
          'Due date',
          'Agency id',
          'Agency',
          'Role',
          'Status',
          'Days overdue',
          'Days left',
        ],
      )
    : [
        'taskId',
        'title',
        'deadline',
        'dueDate',
        'agencyId',
        'agencyName',
        'role',
        'status',
        'daysOverdue',
        'daysLeft',
      ];
  const lines = [header.map(csvCell).join(',')];
  for (const a of r.assignments) {
    const left = a.status === 'due_soon' || a.status === 'not_due' ? a.daysLeft : null;
    lines.push(
      [
        q(a.taskId),
        q(a.title),
        q(a.deadlineText),
        a.dueDate ?? '',
        q(a.agencyId),
        q(a.agencyName),
        excel ? csvCell(ROLE_WORDS[lang][a.role]) : a.role,
        excel ? csvCell(STATUS_LABELS[a.status][lang]) : a.status,
        csvCell(a.daysOverdue),
        csvCell(left),
      ].join(','),
    );
  }
  return (excel ? BOM : '') + lines.join('\r\n') + '\r\n';
}

/** One row per unit: rank, totals, index, class, then points and maximum per area. */
export function scoreToCsv(r: ScoreReport, opts: CsvOptions = {}): string {
  const lang = opts.lang ?? 'vi';
  const excel = opts.excel === true;
  const header = excel
    ? [
        ...pick(
          lang,
          ['Mã đơn vị', 'Đơn vị', 'Hạng', 'Điểm', 'Tối đa', 'Chỉ số', 'Xếp loại'],
          ['Unit id', 'Unit', 'Rank', 'Points', 'Max', 'Index', 'Class'],
        ),
        ...r.areas.flatMap((a) =>
          pick(lang, [`${a.id}. điểm`, `${a.id}. tối đa`], [`${a.id}. points`, `${a.id}. max`]),
        ),
      ]
    : [
        'unitId',
        'name',
        'rank',
        'total',
        'max',
        'index',
        'class',
        ...r.areas.flatMap((a) => [`${a.id}.points`, `${a.id}.max`]),
      ];
  const body = toCsv(
    header,
    r.units.map((u) => [
      u.unitId,
      u.name,
      u.rank,
      u.total,
      u.max,
      roundHalfUp(u.index, 2),
      u.className,
      ...u.areas.flatMap((a) => [a.points, a.max]),
    ]),
  );
  return (excel ? BOM : '') + body;
}
