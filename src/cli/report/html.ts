/**
 * The HTML report: one self-contained file (inline CSS and SVG; no script, no
 * network, no external font), UTF-8, text in NFC.
 *
 * @module
 */
import { STATUS_LABELS, type TaskStatus } from '../format/labels.js';
import {
  columnChart,
  escapeXml as esc,
  pointsChart,
  rankingChart,
  rateBarChart,
  stackedBarChart,
  type Series,
} from '../format/svg.js';
import { formatDateVi, decimalsFor, formatNumberVi, formatRateVi } from '../format/vi.js';
import type { ComplianceLike } from './inputs.js';
import type { ScoreReport } from './score-model.js';
import type { StatusReport } from './status-model.js';
import { monthLabel, planHeading } from './status-text.js';

const STACK: readonly { readonly status: TaskStatus; readonly colour: string }[] = [
  { status: 'overdue', colour: '#c53030' },
  { status: 'due_soon', colour: '#dd6b20' },
  { status: 'not_due', colour: '#90cdf4' },
  { status: 'done_on_time', colour: '#2f855a' },
  { status: 'done_late', colour: '#9ae6b4' },
  { status: 'ongoing', colour: '#a0aec0' },
  { status: 'awaiting_event', colour: '#d6bcfa' },
  { status: 'unscheduled', colour: '#718096' },
];

const CSS = `
body{font-family:system-ui,'Segoe UI',Roboto,'Noto Sans','DejaVu Sans',Arial,sans-serif;color:#1f2933;margin:24px auto;max-width:1000px;padding:0 16px;line-height:1.45}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:2px solid #2b6cb0;padding-bottom:4px}h3{font-size:15px;margin:16px 0 6px}
.sub{color:#52606d;margin:2px 0}
table{border-collapse:collapse;margin:8px 0 12px;font-size:13px;width:100%}th,td{border:1px solid #cbd2d9;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f0f4f8}td.n,th.n{text-align:right;white-space:nowrap}
.kpis{display:flex;gap:12px;flex-wrap:wrap;margin:12px 0}.kpi{border:1px solid #cbd2d9;border-radius:6px;padding:8px 14px;min-width:120px}
.kpi b{display:block;font-size:22px}.bad{color:#c53030}.good{color:#2f855a}
svg.chart{display:block;margin:8px 0;max-width:100%;height:auto}
footer{margin-top:32px;color:#7b8794;font-size:12px}
@media print{body{margin:0}h2{break-after:avoid}}
`;

function num(n: number | string): string {
  return `<td class="n">${esc(String(n))}</td>`;
}

function table(
  header: readonly string[],
  rows: readonly string[][],
  numeric: readonly number[] = [],
): string {
  const th = header.map((h, i) => `<th${numeric.includes(i) ? ' class="n"' : ''}>${esc(h)}</th>`).join('');
  return `<table><thead><tr>${th}</tr></thead><tbody>${rows.map((r) => `<tr>${r.join('')}</tr>`).join('')}</tbody></table>`;
}

const td = (s: string) => `<td>${esc(s)}</td>`;
const complianceTds = (c: ComplianceLike | null): string[] =>
  c
    ? [
        num(c.due),
        num(c.done),
        num(c.onTime),
        num(c.overdue),
        num(formatRateVi(c.doneRate)),
        num(formatRateVi(c.onTimeRate)),
      ]
    : [num(0), num(0), num(0), num(0), num('—'), num('—')];
const COMPLIANCE_HEAD = ['Đến hạn', 'Đã xong', 'Đúng hạn', 'Quá hạn', 'Tỷ lệ hoàn thành', 'Tỷ lệ đúng hạn'];

/** Tasks due each month, stacked by how they stand now; empty when nothing fell due. */
function monthsSection(r: StatusReport): string {
  if (!r.months.some((m) => m.compliance.due > 0)) return '';
  const chart = columnChart({
    title: 'Nhiệm vụ đến hạn theo tháng',
    cls: 'chart-months',
    series: [
      { label: 'Hoàn thành đúng hạn', colour: '#2f855a' },
      { label: 'Hoàn thành trễ hạn', colour: '#9ae6b4' },
      { label: 'Quá hạn', colour: '#c53030' },
      { label: 'Hạn đúng ngày tính, chưa xong', colour: '#dd6b20' },
    ],
    columns: r.months.map(({ month, compliance: c }) => ({
      label: monthLabel(month),
      values: [c.onTime, c.done - c.onTime, c.overdue, Math.max(0, c.due - c.done - c.overdue)],
    })),
  });
  return `<h3>Nhiệm vụ đến hạn theo tháng và tình trạng hiện nay</h3>\n${chart}`;
}

/** The status sections: summary, compliance by area, by month, status by agency, overdue, due soon. */
export function statusSections(r: StatusReport): string {
  const c = r.compliance;
  const out: string[] = [];
  out.push(
    `<section id="status"><h2>Tiến độ thực hiện kế hoạch tính đến ngày ${esc(formatDateVi(r.asOf))}</h2>`,
  );
  out.push(
    `<div class="kpis"><div class="kpi">Nhiệm vụ<b>${r.taskCount}</b></div><div class="kpi">Đến hạn<b>${c.due}</b></div>` +
      `<div class="kpi">Đã hoàn thành<b class="good">${c.done}</b></div><div class="kpi">Quá hạn<b class="bad">${c.overdue}</b></div>` +
      `<div class="kpi">Tỷ lệ hoàn thành<b>${esc(formatRateVi(c.doneRate))}</b></div><div class="kpi">Tỷ lệ đúng hạn<b>${esc(formatRateVi(c.onTimeRate))}</b></div></div>`,
  );
  const areaRows = r.areas.length > 0 ? r.areas : r.groups;
  if (areaRows.length > 0) {
    out.push(`<h3>Mức độ hoàn thành theo lĩnh vực (số đã hoàn thành / số đến hạn)</h3>`);
    out.push(
      rateBarChart({
        title: 'Tỷ lệ hoàn thành theo lĩnh vực',
        cls: 'chart-compliance',
        rows: areaRows.map((a) => ({
          label: a.title,
          rate: a.compliance.doneRate,
          note: `(${a.compliance.done}/${a.compliance.due})`,
        })),
      }),
    );
    out.push(
      table(
        [r.areas.length > 0 ? 'Lĩnh vực' : 'Nhóm nhiệm vụ', ...COMPLIANCE_HEAD],
        areaRows.map((a) => [td(a.title), ...complianceTds(a.compliance)]),
        [1, 2, 3, 4, 5, 6],
      ),
    );
  }
  out.push(monthsSection(r));
  out.push(`<h3>Tình trạng nhiệm vụ chủ trì theo cơ quan</h3>`);
  const used = STACK.filter((s) => r.agencies.some((a) => a.counts[s.status] > 0));
  const series: Series[] = used.map((s) => ({ label: STATUS_LABELS[s.status].vi, colour: s.colour }));
  out.push(
    stackedBarChart({
      title: 'Số nhiệm vụ chủ trì theo tình trạng, theo cơ quan',
      cls: 'chart-agencies',
      series,
      rows: r.agencies.map((a) => ({ label: a.name, values: used.map((s) => a.counts[s.status]) })),
    }),
  );
  out.push(
    table(
      ['Cơ quan', ...COMPLIANCE_HEAD],
      r.agencies.map((a) => [td(a.name), ...complianceTds(a.compliance)]),
      [1, 2, 3, 4, 5, 6],
    ),
  );
  out.push(`<h3>Nhiệm vụ quá hạn theo cơ quan chủ trì</h3>`);
  if (r.overdueByAgency.length === 0) out.push('<p>Không có nhiệm vụ quá hạn.</p>');
  for (const a of r.overdueByAgency) {
    out.push(`<h4>${esc(a.name)} — ${a.overdue.length} nhiệm vụ</h4>`);
    out.push(
      table(
        ['Mã', 'Nhiệm vụ', 'Thời hạn', 'Hạn', 'Quá hạn (ngày)'],
        a.overdue.map((t) => [
          td(t.taskId),
          td(t.title),
          td(t.deadlineText),
          num(formatDateVi(t.dueDate)),
          `<td class="n bad">${t.daysOverdue ?? 0}</td>`,
        ]),
        [3, 4],
      ),
    );
  }
  out.push(`<h3>Nhiệm vụ sắp đến hạn (trong ${r.dueSoonDays} ngày tới)</h3>`);
  if (r.dueSoon.length === 0) out.push('<p>Không có nhiệm vụ sắp đến hạn.</p>');
  else
    out.push(
      table(
        ['Mã', 'Nhiệm vụ', 'Chủ trì', 'Hạn', 'Còn lại (ngày)'],
        r.dueSoon.map((t) => [
          td(t.taskId),
          td(t.title),
          td(t.leads.join(', ')),
          num(formatDateVi(t.dueDate)),
          num(t.daysLeft ?? 0),
        ]),
        [3, 4],
      ),
    );
  out.push('</section>');
  return out.join('\n');
}

/** The scorecard sections: ranking chart and table, then points by area against the maximum for each unit. */
export function scoreSections(r: ScoreReport): string {
  const td2 = decimalsFor(r.units.map((u) => u.total));
  const out: string[] = [];
  out.push(`<section id="score"><h2>Chỉ số cải cách hành chính — ${esc(r.set.title)}</h2>`);
  if (r.set.source) out.push(`<p class="sub">Bộ tiêu chí: ${esc(r.set.source)}</p>`);
  out.push(`<h3>Xếp hạng</h3>`);
  out.push(
    rankingChart({
      title: 'Xếp hạng theo chỉ số',
      rows: r.units.map((u) => ({ rank: u.rank, label: u.name, index: u.index })),
    }),
  );
  out.push(
    table(
      ['Hạng', 'Đơn vị', 'Điểm', 'Tối đa', 'Chỉ số', 'Xếp loại'],
      r.units.map((u) => [
        num(u.rank),
        td(u.name),
        num(formatNumberVi(u.total, td2)),
        num(formatNumberVi(u.max)),
        num(formatNumberVi(u.index, 2)),
        td(u.className ?? '—'),
      ]),
      [0, 2, 3, 4],
    ),
  );
  out.push(`<h3>Điểm theo lĩnh vực so với điểm tối đa</h3>`);
  for (const u of r.units) {
    out.push(
      `<h4>${u.rank}. ${esc(u.name)} — ${esc(formatNumberVi(u.total, td2))}/${esc(formatNumberVi(u.max))} điểm</h4>`,
    );
    out.push(
      pointsChart({
        title: `Điểm theo lĩnh vực: ${u.name}`,
        cls: 'chart-points',
        rows: r.areas.map((a, i) => ({
          label: `${a.id}. ${a.title}`,
          points: u.areas[i]?.points ?? 0,
          max: u.areas[i]?.max ?? a.max,
        })),
      }),
    );
  }
  out.push('</section>');
  return out.join('\n');
}

/** A complete HTML document holding the status report, the scorecard, or both. */
export function renderHtml(parts: {
  readonly status?: StatusReport;
  readonly score?: ScoreReport;
  readonly generatedBy?: string;
}): string {
  const title = parts.status
    ? `Báo cáo CCHC — ${parts.status.plan.title}`
    : `Chỉ số CCHC — ${parts.score?.set.title ?? ''}`;
  const status = parts.status;
  const headLines = status
    ? [
        ...planHeading(status),
        ...(status.agency ? [`Cơ quan: ${status.agency.name} (nhiệm vụ chủ trì)`] : []),
      ]
    : [];
  const head = status
    ? `<h1>Báo cáo tình hình thực hiện cải cách hành chính</h1>${headLines.map((l) => `<p class="sub">${esc(l)}</p>`).join('')}`
    : `<h1>${esc(title)}</h1>`;
  const body = [
    head,
    parts.status ? statusSections(parts.status) : '',
    parts.score ? scoreSections(parts.score) : '',
  ].join('\n');
  const html =
    `<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<title>${esc(title)}</title>\n<style>${CSS}</style>\n</head>\n<body>\n${body}\n` +
    `<footer>${esc(parts.generatedBy ?? 'Tạo bởi cchc')}</footer>\n</body>\n</html>\n`;
  return html.normalize('NFC');
}
