/**
 * Markdown for pasting into a wiki, an issue or a document converter.
 *
 * @module
 */
import { STATUS_LABELS, STATUSES } from '../format/labels.js';
import { formatDateVi, decimalsFor, formatNumberVi, formatRateVi } from '../format/vi.js';
import type { ComplianceLike } from './inputs.js';
import type { ScoreReport } from './score-model.js';
import type { StatusReport } from './status-model.js';
import { monthLabel, planHeading } from './status-text.js';

/** Escapes a table cell: pipes and line breaks. */
export function mdCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function mdTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  right: readonly number[] = [],
): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const rule = header.map((_, i) => (right.includes(i) ? '---:' : '---'));
  return [line(header.map(mdCell)), line(rule), ...rows.map((r) => line(r.map(mdCell)))].join('\n');
}

const rates = (c: ComplianceLike | null): string[] =>
  c
    ? [
        String(c.due),
        String(c.done),
        String(c.onTime),
        String(c.overdue),
        formatRateVi(c.doneRate),
        formatRateVi(c.onTimeRate),
      ]
    : ['0', '0', '0', '0', '—', '—'];

/** The status report as Markdown. */
export function statusToMarkdown(r: StatusReport): string {
  const out: string[] = [];
  out.push(`# Báo cáo tiến độ thực hiện kế hoạch cải cách hành chính`, '');
  out.push(
    [
      ...planHeading(r),
      ...(r.agency ? [`Cơ quan: **${mdCell(r.agency.name)}** (nhiệm vụ chủ trì)`] : []),
    ].join('  \n'),
    '',
  );
  let n = 0;
  const section = (title: string) => out.push(`## ${++n}. ${title}`, '');
  out.push(`Tính đến ngày **${formatDateVi(r.asOf)}**; sắp đến hạn: trong ${r.dueSoonDays} ngày tới.`, '');
  const c = r.compliance;
  section('Tổng hợp');
  out.push(
    `${r.taskCount} nhiệm vụ${r.agency ? ' chủ trì' : ''}; đến hạn ${c.due}, đã hoàn thành ${c.done} (đúng hạn ${c.onTime}), quá hạn ${c.overdue}. Tỷ lệ hoàn thành ${formatRateVi(c.doneRate)}, đúng hạn ${formatRateVi(c.onTimeRate)}.`,
    '',
  );
  out.push(
    mdTable(
      ['Tình trạng', 'Số nhiệm vụ'],
      STATUSES.filter((s) => r.counts[s] > 0).map((s) => [STATUS_LABELS[s].vi, String(r.counts[s])]),
      [1],
    ),
    '',
  );
  section(r.agency ? 'Nhiệm vụ quá hạn' : 'Nhiệm vụ quá hạn theo cơ quan chủ trì');
  if (r.overdueByAgency.length === 0) out.push('Không có nhiệm vụ quá hạn.', '');
  for (const a of r.overdueByAgency) {
    out.push(`### ${a.name} (${a.overdue.length})`, '');
    out.push(
      mdTable(
        ['Mã', 'Nhiệm vụ', 'Thời hạn', 'Hạn', 'Quá hạn (ngày)'],
        a.overdue.map((t) => [
          t.taskId,
          t.title,
          t.deadlineText,
          formatDateVi(t.dueDate),
          String(t.daysOverdue ?? 0),
        ]),
        [4],
      ),
      '',
    );
  }
  section(`Nhiệm vụ sắp đến hạn (trong ${r.dueSoonDays} ngày tới)`);
  if (r.dueSoon.length === 0) out.push('Không có nhiệm vụ sắp đến hạn.', '');
  else
    out.push(
      mdTable(
        ['Mã', 'Nhiệm vụ', 'Chủ trì', 'Hạn', 'Còn lại (ngày)'],
        r.dueSoon.map((t) => [
          t.taskId,
          t.title,
          t.leads.join(', '),
          formatDateVi(t.dueDate),
          String(t.daysLeft ?? 0),
        ]),
        [4],
      ),
      '',
    );
  const header = ['Đến hạn', 'Đã xong', 'Đúng hạn', 'Quá hạn', 'Tỷ lệ HT', 'Đúng hạn %'];
  const areaRows = r.areas.length > 0 ? r.areas : r.groups;
  if (areaRows.length > 0 || !r.agency) {
    section('Mức độ hoàn thành theo lĩnh vực');
    out.push(
      mdTable(
        [r.areas.length > 0 ? 'Lĩnh vực' : 'Nhóm nhiệm vụ', ...header],
        areaRows.map((a) => [a.title, ...rates(a.compliance)]),
        [1, 2, 3, 4, 5, 6],
      ),
      '',
    );
  }
  section('Theo cơ quan (nhiệm vụ chủ trì)');
  out.push(
    mdTable(
      ['Cơ quan', ...header],
      r.agencies.map((a) => [a.name, ...rates(a.compliance)]),
      [1, 2, 3, 4, 5, 6],
    ),
    '',
  );
  const months = r.months.filter((m) => m.compliance.due > 0);
  if (months.length > 0) {
    section('Theo tháng đến hạn');
    out.push(
      mdTable(
        ['Tháng', ...header],
        months.map((m) => [monthLabel(m.month), ...rates(m.compliance)]),
        [1, 2, 3, 4, 5, 6],
      ),
      '',
    );
  }
  return out.join('\n');
}

/** The scorecard as Markdown. */
export function scoreToMarkdown(r: ScoreReport): string {
  const td2 = decimalsFor(r.units.map((u) => u.total));
  const out: string[] = [];
  out.push(`# Chỉ số cải cách hành chính — ${r.set.title}`, '');
  if (r.set.source) out.push(`Bộ tiêu chí: ${r.set.source}`, '');
  out.push('## Xếp hạng', '');
  out.push(
    mdTable(
      ['Hạng', 'Đơn vị', 'Điểm', 'Tối đa', 'Chỉ số', 'Xếp loại'],
      r.units.map((u) => [
        String(u.rank),
        u.name,
        formatNumberVi(u.total, td2),
        formatNumberVi(u.max),
        formatNumberVi(u.index, 2),
        u.className ?? '—',
      ]),
      [0, 2, 3, 4],
    ),
    '',
  );
  out.push('## Điểm theo lĩnh vực', '');
  out.push(
    mdTable(
      ['Lĩnh vực', ...r.units.map((u) => u.name)],
      r.areas.map((a, i) => [
        `${a.id}. ${a.title}`,
        ...r.units.map((u) => {
          const s = u.areas[i];
          return s ? `${formatNumberVi(s.points)}/${formatNumberVi(s.max)}` : '—';
        }),
      ]),
      r.units.map((_, i) => i + 1),
    ),
    '',
  );
  return out.join('\n');
}
