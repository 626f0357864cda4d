/**
 * Markdown for pasting into a wiki, an issue or a document converter, in
 * Vietnamese or English. Users' text stays text: HTML is written as entities
 * (`&lt;script&gt;`), Markdown's own marks are escaped, control characters are
 * shown as escapes, and a line break becomes a space.
 *
 * @module
 */
import { STATUS_LABELS, STATUSES } from '../format/labels.js';
import { fmtOf, type Lang, pick } from '../format/locale.js';
import { oneLine } from '../format/safe.js';
import { decimalsFor } from '../format/vi.js';
import type { Compliance } from '../../evaluate/index.js';
import type { ScoreReport } from './score-model.js';
import type { StatusReport } from './status-model.js';
import { areaTitle, asOfLine, monthLabel, planHeading, summaryLines } from './status-text.js';

const MD_ESCAPES = new Map([
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
]);

/**
 * Users' text for Markdown: one line, HTML special characters as entities,
 * Markdown's marks (`\ ` * _ [ ] | #`…) backslash-escaped, so that no text in
 * a plan becomes markup, a link or a table cell border.
 */
export function mdText(text: string): string {
  return oneLine(text)
    .replace(/[&<>]/g, (c) => MD_ESCAPES.get(c) ?? c)
    .replace(/[\\`*_[\]|#~!]/g, '\\$&')
    .replace(/^([+-])(?= )/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?= )/, '$1\\$2');
}

/** A table; header and cells are users' or our text, escaped here. */
function mdTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  right: readonly number[] = [],
): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const rule = header.map((_, i) => (right.includes(i) ? '---:' : '---'));
  return [line(header.map(mdText)), line(rule), ...rows.map((r) => line(r.map(mdText)))].join('\n');
}

const rates = (c: Compliance | null, lang: Lang): string[] => {
  const f = fmtOf(lang);
  return c
    ? [
        String(c.due),
        String(c.done),
        String(c.onTime),
        String(c.overdue),
        f.rate(c.doneRate),
        f.rate(c.onTimeRate),
      ]
    : ['0', '0', '0', '0', '—', '—'];
};

const header = (lang: Lang) =>
  pick(
    lang,
    ['Đến hạn', 'Đã xong', 'Đúng hạn', 'Quá hạn', 'Tỷ lệ HT', 'Đúng hạn %'],
    ['Due', 'Done', 'On time', 'Overdue', 'Done rate', 'On-time rate'],
  );

/** The status report as Markdown. */
export function statusToMarkdown(r: StatusReport, lang: Lang = 'vi'): string {
  const f = fmtOf(lang);
  const out: string[] = [];
  out.push(
    pick(
      lang,
      '# Báo cáo tiến độ thực hiện kế hoạch cải cách hành chính',
      '# Progress report on the public administration reform plan',
    ),
    '',
  );
  out.push(
    [
      ...planHeading(r, lang).map(mdText),
      ...(r.agency
        ? [
            pick(
              lang,
              `Cơ quan: **${mdText(r.agency.name)}** (nhiệm vụ chủ trì)`,
              `Agency: **${mdText(r.agency.name)}** (tasks it leads)`,
            ),
          ]
        : []),
    ].join('  \n'),
    '',
  );
  let n = 0;
  const section = (title: string) => out.push(`## ${++n}. ${title}`, '');
  out.push(`${mdText(asOfLine(r, lang))}.`, '');
  section(pick(lang, 'Tổng hợp', 'Summary'));
  out.push(summaryLines(r, lang).map(mdText).join(' '), '');
  out.push(
    mdTable(
      pick(lang, ['Tình trạng', 'Số nhiệm vụ'], ['Status', 'Tasks']),
      STATUSES.filter((s) => r.counts[s] > 0).map((s) => [STATUS_LABELS[s][lang], String(r.counts[s])]),
      [1],
    ),
    '',
  );
  section(
    r.agency
      ? pick(lang, 'Nhiệm vụ quá hạn', 'Overdue tasks')
      : pick(lang, 'Nhiệm vụ quá hạn theo cơ quan chủ trì', 'Overdue tasks by lead agency'),
  );
  if (r.overdueByAgency.length === 0)
    out.push(pick(lang, 'Không có nhiệm vụ quá hạn.', 'No task is overdue.'), '');
  for (const a of r.overdueByAgency) {
    out.push(`### ${mdText(a.name)} (${a.overdue.length})`, '');
    out.push(
      mdTable(
        pick(
          lang,
          ['Mã', 'Nhiệm vụ', 'Thời hạn', 'Hạn', 'Quá hạn (ngày)'],
          ['Id', 'Task', 'Deadline', 'Due', 'Overdue (days)'],
        ),
        a.overdue.map((t) => [
          t.taskId,
          t.title,
          t.deadlineText,
          f.date(t.dueDate),
          String(t.daysOverdue ?? 0),
        ]),
        [4],
      ),
      '',
    );
  }
  section(
    pick(
      lang,
      `Nhiệm vụ sắp đến hạn (trong ${r.dueSoonDays} ngày tới)`,
      `Tasks due soon (within the next ${r.dueSoonDays} days)`,
    ),
  );
  if (r.dueSoon.length === 0)
    out.push(pick(lang, 'Không có nhiệm vụ sắp đến hạn.', 'No task is due soon.'), '');
  else
    out.push(
      mdTable(
        pick(
          lang,
          ['Mã', 'Nhiệm vụ', 'Chủ trì', 'Hạn', 'Còn lại (ngày)'],
          ['Id', 'Task', 'Lead', 'Due', 'Left (days)'],
        ),
        r.dueSoon.map((t) => [
          t.taskId,
          t.title,
          t.leads.join(', '),
          f.date(t.dueDate),
          String(t.daysLeft ?? 0),
        ]),
        [4],
      ),
      '',
    );
  const areaRows = r.areas.length > 0 ? r.areas : r.groups;
  if (areaRows.length > 0 || !r.agency) {
    section(pick(lang, 'Mức độ hoàn thành theo lĩnh vực', 'Compliance by reform area'));
    if (r.compliance.due === 0)
      out.push(
        r.undated === r.taskCount && r.taskCount > 0
          ? pick(
              lang,
              'Không tính được: không nhiệm vụ nào có thời hạn.',
              'Not computed: no task has a deadline.',
            )
          : pick(lang, 'Chưa có nhiệm vụ nào đến hạn.', 'No task has fallen due yet.'),
        '',
      );
    else
      out.push(
        mdTable(
          [
            r.areas.length > 0
              ? pick(lang, 'Lĩnh vực', 'Reform area')
              : pick(lang, 'Nhóm nhiệm vụ', 'Task group'),
            ...header(lang),
          ],
          areaRows.map((a) => [areaTitle(r, a, lang), ...rates(a.compliance, lang)]),
          [1, 2, 3, 4, 5, 6],
        ),
        '',
      );
  }
  section(pick(lang, 'Theo cơ quan (nhiệm vụ chủ trì)', 'By agency (tasks each leads)'));
  const undatedPlan = r.taskCount > 0 && r.undated === r.taskCount;
  out.push(
    undatedPlan
      ? mdTable(
          [
            pick(lang, 'Cơ quan', 'Agency'),
            pick(lang, 'Nhiệm vụ chủ trì (không ghi thời hạn)', 'Tasks led (no deadline)'),
          ],
          r.agencies.map((a) => [a.name, String(STATUSES.reduce((n, s) => n + a.counts[s], 0))]),
          [1],
        )
      : mdTable(
          [pick(lang, 'Cơ quan', 'Agency'), ...header(lang)],
          r.agencies.map((a) => [a.name, ...rates(a.compliance, lang)]),
          [1, 2, 3, 4, 5, 6],
        ),
    '',
  );
  const months = r.months.filter((m) => m.compliance.due > 0);
  if (months.length > 0) {
    section(pick(lang, 'Theo tháng đến hạn', 'By month due'));
    out.push(
      mdTable(
        [pick(lang, 'Tháng', 'Month'), ...header(lang)],
        months.map((m) => [monthLabel(m.month, lang), ...rates(m.compliance, lang)]),
        [1, 2, 3, 4, 5, 6],
      ),
      '',
    );
  }
  return out.join('\n');
}

/** The scorecard as Markdown. */
export function scoreToMarkdown(r: ScoreReport, lang: Lang = 'vi'): string {
  const f = fmtOf(lang);
  const td2 = decimalsFor(r.units.map((u) => u.total));
  const out: string[] = [];
  out.push(
    pick(
      lang,
      `# Chỉ số cải cách hành chính — ${mdText(r.set.title)}`,
      `# PAR Index — ${mdText(r.set.title)}`,
    ),
    '',
  );
  const source = pick(lang, r.set.source, r.set.sourceEn);
  if (source) out.push(pick(lang, `Bộ tiêu chí: ${mdText(source)}`, `Criteria set: ${mdText(source)}`), '');
  out.push(pick(lang, '## Xếp hạng', '## Ranking'), '');
  out.push(
    mdTable(
      pick(
        lang,
        ['Hạng', 'Đơn vị', 'Điểm', 'Tối đa', 'Chỉ số', 'Xếp loại'],
        ['Rank', 'Unit', 'Points', 'Max', 'Index', 'Class'],
      ),
      r.units.map((u) => [
        String(u.rank),
        u.name,
        f.number(u.total, td2),
        f.number(u.max),
        f.number(u.index, 2),
        u.className ?? '—',
      ]),
      [0, 2, 3, 4],
    ),
    '',
  );
  out.push(pick(lang, '## Điểm theo lĩnh vực', '## Points by area'), '');
  out.push(
    mdTable(
      [pick(lang, 'Lĩnh vực', 'Area'), ...r.units.map((u) => u.name)],
      r.areas.map((a, i) => [
        `${a.id}. ${a.title}`,
        ...r.units.map((u) => {
          const s = u.areas[i];
          return s ? `${f.number(s.points)}/${f.number(s.max)}` : '—';
        }),
      ]),
      r.units.map((_, i) => i + 1),
    ),
    '',
  );
  return out.join('\n');
}
