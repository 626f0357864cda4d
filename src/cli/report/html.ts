/**
 * The HTML report: one self-contained file (inline CSS and SVG; no script, no
 * network, no external font), UTF-8, text in NFC, Vietnamese or English. It
 * reads on a phone: the page never scrolls sideways (a wide table scrolls in
 * its own box) and the charts' text keeps its size at any width.
 *
 * @module
 */
import { STATUS_LABELS, type TaskStatus } from '../format/labels.js';
import { fmtOf, type Lang, pick } from '../format/locale.js';
import {
  CHART_CSS,
  escapeXml as esc,
  pointsChart,
  rankingChart,
  rateBarChart,
  type Series,
  stackedBarChart,
} from '../format/svg.js';
import { decimalsFor } from '../format/vi.js';
import type { Compliance } from '../../evaluate/index.js';
import type { ScoreReport } from './score-model.js';
import { type StatusReport, titleOf } from './status-model.js';
import { areaTitle, asOfLine, monthLabel, planHeading, summaryLines } from './status-text.js';

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
body{font-family:system-ui,'Segoe UI',Roboto,'Noto Sans','DejaVu Sans',Arial,sans-serif;color:#1f2933;margin:24px auto;max-width:1000px;padding:0 16px;line-height:1.45;overflow-wrap:break-word}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:2px solid #2b6cb0;padding-bottom:4px}h3{font-size:15px;margin:16px 0 6px}h4{font-size:14px;margin:12px 0 4px}
.sub{color:#52606d;margin:2px 0}
.table{overflow-x:auto;margin:8px 0 12px}
table{border-collapse:collapse;font-size:13px;width:100%}th,td{border:1px solid #cbd2d9;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f0f4f8}td.n,th.n{text-align:right}td.n{white-space:nowrap}td.w{min-width:9em}
.kpis{display:flex;gap:12px;flex-wrap:wrap;margin:12px 0}.kpi{border:1px solid #cbd2d9;border-radius:6px;padding:8px 14px;min-width:120px}
.kpi b{display:block;font-size:22px}.bad{color:#c53030}.good{color:#2f855a}
${CHART_CSS}
footer{margin-top:32px;color:#7b8794;font-size:12px}
@media (max-width:480px){body{margin:12px auto;padding:0 12px}.kpi{min-width:0;flex:1 1 40%}}
@media print{body{margin:0}h2{break-after:avoid}.table{overflow:visible}}
`;

function num(n: number | string, cls = ''): string {
  return `<td class="n${cls ? ` ${cls}` : ''}">${esc(String(n))}</td>`;
}

/** A table in its own box: on a narrow screen the box scrolls, not the page. */
function table(
  header: readonly string[],
  rows: readonly string[][],
  numeric: readonly number[] = [],
): string {
  const th = header.map((h, i) => `<th${numeric.includes(i) ? ' class="n"' : ''}>${esc(h)}</th>`).join('');
  return `<div class="table"><table><thead><tr>${th}</tr></thead><tbody>${rows.map((r) => `<tr>${r.join('')}</tr>`).join('')}</tbody></table></div>`;
}

const td = (s: string) => `<td>${esc(s)}</td>`;
/** A cell of running text (a title, a name): wide enough to read on a phone; the table box scrolls. */
const tdw = (s: string) => `<td class="w">${esc(s)}</td>`;

function complianceTds(c: Compliance | null, lang: Lang): string[] {
  const f = fmtOf(lang);
  if (!c) return [num(0), num(0), num(0), num(0), num('—'), num('—')];
  return [
    num(c.due),
    num(c.done),
    num(c.onTime),
    num(c.overdue),
    num(f.rate(c.doneRate)),
    num(f.rate(c.onTimeRate)),
  ];
}

const complianceHead = (lang: Lang) =>
  pick(
    lang,
    ['Đến hạn', 'Đã xong', 'Đúng hạn', 'Quá hạn', 'Tỷ lệ hoàn thành', 'Tỷ lệ đúng hạn'],
    ['Due', 'Done', 'On time', 'Overdue', 'Done rate', 'On-time rate'],
  );

/** Tasks due each month, stacked by how they stand now; empty when nothing fell due. */
function monthsSection(r: StatusReport, lang: Lang): string {
  if (!r.months.some((m) => m.compliance.due > 0)) return '';
  const chart = stackedBarChart({
    title: pick(lang, 'Nhiệm vụ đến hạn theo tháng', 'Tasks due by month'),
    cls: 'chart-months',
    series: [
      { label: STATUS_LABELS.done_on_time[lang], colour: '#2f855a' },
      { label: STATUS_LABELS.done_late[lang], colour: '#9ae6b4' },
      { label: STATUS_LABELS.overdue[lang], colour: '#c53030' },
      {
        label: pick(lang, 'Đến hạn đúng ngày tính, chưa xong', 'Due on the report date, not done'),
        colour: '#dd6b20',
      },
    ],
    rows: r.months
      .filter((m) => m.compliance.due > 0)
      .map(({ month, compliance: c }) => ({
        label: monthLabel(month, lang),
        values: [c.onTime, c.done - c.onTime, c.overdue, Math.max(0, c.due - c.done - c.overdue)],
      })),
    valueText: (n) => pick(lang, `${n} nhiệm vụ`, `${n} ${n === 1 ? 'task' : 'tasks'}`),
  });
  return `<h3>${esc(pick(lang, 'Nhiệm vụ đến hạn theo tháng và tình trạng hiện nay', 'Tasks due by month, and how they stand now'))}</h3>\n${chart}`;
}

/** A key figure; a zero is never coloured (a green or red "0" says nothing). */
function kpi(label: string, value: number | string, cls: '' | 'good' | 'bad' = ''): string {
  const paint = cls !== '' && value !== 0 ? ` class="${cls}"` : '';
  return `<div class="kpi">${esc(label)}<b${paint}>${esc(String(value))}</b></div>`;
}

/** The status sections: summary, compliance by area, by month, status by agency, overdue, due soon. */
export function statusSections(r: StatusReport, lang: Lang = 'vi'): string {
  const f = fmtOf(lang);
  const c = r.compliance;
  const out: string[] = [];
  const undatedPlan = r.taskCount > 0 && r.undated === r.taskCount;
  out.push(`<section id="status"><h2>${esc(asOfLine(r, lang))}</h2>`);
  out.push(`<p>${summaryLines(r, lang).map(esc).join(' ')}</p>`);
  if (!undatedPlan)
    out.push(
      `<div class="kpis">${kpi(pick(lang, 'Nhiệm vụ', 'Tasks'), r.taskCount)}${kpi(pick(lang, 'Đến hạn', 'Due'), c.due)}` +
        `${kpi(pick(lang, 'Đã hoàn thành', 'Done'), c.done, 'good')}${kpi(pick(lang, 'Quá hạn', 'Overdue'), c.overdue, 'bad')}` +
        `${kpi(pick(lang, 'Tỷ lệ hoàn thành', 'Done rate'), f.rate(c.doneRate))}${kpi(pick(lang, 'Tỷ lệ đúng hạn', 'On-time rate'), f.rate(c.onTimeRate))}</div>`,
    );
  const areaRows = r.areas.length > 0 ? r.areas : r.groups;
  if (areaRows.length > 0 && c.due > 0) {
    out.push(
      `<h3>${esc(pick(lang, 'Mức độ hoàn thành theo lĩnh vực (số đã hoàn thành / số đến hạn)', 'Compliance by reform area (done / due)'))}</h3>`,
    );
    out.push(
      rateBarChart({
        title: pick(lang, 'Tỷ lệ hoàn thành theo lĩnh vực', 'Done rate by reform area'),
        cls: 'chart-compliance',
        formatRate: f.rate,
        rows: areaRows.map((a) => ({
          label: areaTitle(r, a, lang),
          rate: a.compliance.doneRate,
          note: `(${a.compliance.done}/${a.compliance.due})`,
        })),
      }),
    );
    out.push(
      table(
        [
          r.areas.length > 0
            ? pick(lang, 'Lĩnh vực', 'Reform area')
            : pick(lang, 'Nhóm nhiệm vụ', 'Task group'),
          ...complianceHead(lang),
        ],
        areaRows.map((a) => [tdw(areaTitle(r, a, lang)), ...complianceTds(a.compliance, lang)]),
        [1, 2, 3, 4, 5, 6],
      ),
    );
  }
  out.push(monthsSection(r, lang));
  out.push(
    `<h3>${esc(pick(lang, 'Tình trạng nhiệm vụ chủ trì theo cơ quan', 'Status of the tasks each agency leads'))}</h3>`,
  );
  out.push(
    stackedBarChart({
      title: pick(
        lang,
        'Số nhiệm vụ chủ trì theo tình trạng, theo cơ quan',
        'Tasks led, by status and agency',
      ),
      cls: 'chart-agencies',
      series: STACK.map((s) => ({ label: STATUS_LABELS[s.status][lang], colour: s.colour })) as Series[],
      rows: r.agencies.map((a) => ({ label: a.name, values: STACK.map((s) => a.counts[s.status]) })),
    }),
  );
  if (!undatedPlan)
    out.push(
      table(
        [pick(lang, 'Cơ quan', 'Agency'), ...complianceHead(lang)],
        r.agencies.map((a) => [tdw(a.name), ...complianceTds(a.compliance, lang)]),
        [1, 2, 3, 4, 5, 6],
      ),
    );
  if (!undatedPlan) {
    out.push(
      `<h3>${esc(pick(lang, 'Nhiệm vụ quá hạn theo cơ quan chủ trì', 'Overdue tasks by lead agency'))}</h3>`,
    );
    if (r.overdueByAgency.length === 0)
      out.push(`<p>${esc(pick(lang, 'Không có nhiệm vụ quá hạn.', 'No task is overdue.'))}</p>`);
    for (const a of r.overdueByAgency) {
      const count = a.overdue.length;
      out.push(
        `<h4>${esc(a.name)} — ${esc(pick(lang, `${count} nhiệm vụ`, `${count} ${count === 1 ? 'task' : 'tasks'}`))}</h4>`,
      );
      out.push(
        table(
          pick(
            lang,
            ['Mã', 'Nhiệm vụ', 'Thời hạn', 'Hạn', 'Quá hạn (ngày)'],
            ['Id', 'Task', 'Deadline', 'Due', 'Overdue (days)'],
          ),
          a.overdue.map((t) => [
            td(t.taskId),
            tdw(titleOf(t, lang)),
            td(t.deadlineText),
            num(f.date(t.dueDate)),
            num(t.daysOverdue ?? 0, 'bad'),
          ]),
          [3, 4],
        ),
      );
    }
    out.push(
      `<h3>${esc(pick(lang, `Nhiệm vụ sắp đến hạn (trong ${r.dueSoonDays} ngày tới)`, `Tasks due soon (within the next ${r.dueSoonDays} days)`))}</h3>`,
    );
    if (r.dueSoon.length === 0)
      out.push(`<p>${esc(pick(lang, 'Không có nhiệm vụ sắp đến hạn.', 'No task is due soon.'))}</p>`);
    else
      out.push(
        table(
          pick(
            lang,
            ['Mã', 'Nhiệm vụ', 'Chủ trì', 'Hạn', 'Còn lại (ngày)'],
            ['Id', 'Task', 'Lead', 'Due', 'Left (days)'],
          ),
          r.dueSoon.map((t) => [
            td(t.taskId),
            tdw(titleOf(t, lang)),
            tdw(t.leads.join(', ')),
            num(f.date(t.dueDate)),
            num(t.daysLeft ?? 0),
          ]),
          [3, 4],
        ),
      );
  }
  out.push('</section>');
  return out.join('\n');
}

/** The scorecard sections: ranking chart and table, then points by area against the maximum for each unit. */
export function scoreSections(r: ScoreReport, lang: Lang = 'vi'): string {
  const f = fmtOf(lang);
  const td2 = decimalsFor(r.units.map((u) => u.total));
  const out: string[] = [];
  out.push(
    `<section id="score"><h2>${esc(pick(lang, 'Chỉ số cải cách hành chính', 'PAR Index'))} — ${esc(r.set.title)}</h2>`,
  );
  const source = pick(lang, r.set.source, r.set.sourceEn);
  if (source)
    out.push(`<p class="sub">${esc(pick(lang, `Bộ tiêu chí: ${source}`, `Criteria set: ${source}`))}</p>`);
  out.push(`<h3>${esc(pick(lang, 'Xếp hạng', 'Ranking'))}</h3>`);
  out.push(
    rankingChart({
      title: pick(lang, 'Xếp hạng theo chỉ số', 'Ranking by index'),
      formatIndex: (n) => f.number(n, 2),
      rows: r.units.map((u) => ({ rank: u.rank, label: u.name, index: u.index })),
    }),
  );
  out.push(
    table(
      pick(
        lang,
        ['Hạng', 'Đơn vị', 'Điểm', 'Tối đa', 'Chỉ số', 'Xếp loại'],
        ['Rank', 'Unit', 'Points', 'Max', 'Index', 'Class'],
      ),
      r.units.map((u) => [
        num(u.rank),
        tdw(u.name),
        num(f.number(u.total, td2)),
        num(f.number(u.max)),
        num(f.number(u.index, 2)),
        td(u.className ?? '—'),
      ]),
      [0, 2, 3, 4],
    ),
  );
  out.push(
    `<h3>${esc(pick(lang, 'Điểm theo lĩnh vực so với điểm tối đa', 'Points by area against the maximum'))}</h3>`,
  );
  for (const u of r.units) {
    out.push(
      `<h4>${u.rank}. ${esc(u.name)} — ${esc(`${f.number(u.total, td2)}/${f.number(u.max)}`)} ${esc(pick(lang, 'điểm', 'points'))}</h4>`,
    );
    out.push(
      pointsChart({
        title: `${pick(lang, 'Điểm theo lĩnh vực', 'Points by area')}: ${u.name}`,
        cls: 'chart-points',
        formatNumber: (n) => f.number(n),
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
  readonly lang?: Lang;
}): string {
  const lang = parts.lang ?? 'vi';
  const status = parts.status;
  const title = status
    ? `${pick(lang, 'Báo cáo CCHC', 'Reform progress report')} — ${status.plan.title}`
    : `${pick(lang, 'Chỉ số CCHC', 'PAR Index')} — ${parts.score?.set.title ?? ''}`;
  const headLines = status
    ? [
        ...planHeading(status, lang),
        ...(status.agency
          ? [
              pick(
                lang,
                `Cơ quan: ${status.agency.name} (nhiệm vụ chủ trì)`,
                `Agency: ${status.agency.name} (tasks it leads)`,
              ),
            ]
          : []),
      ]
    : [];
  const head = status
    ? `<h1>${esc(pick(lang, 'Báo cáo tình hình thực hiện cải cách hành chính', 'Public administration reform: progress report'))}</h1>${headLines.map((l) => `<p class="sub">${esc(l)}</p>`).join('')}`
    : `<h1>${esc(title)}</h1>`;
  const body = [
    head,
    status ? statusSections(status, lang) : '',
    parts.score ? scoreSections(parts.score, lang) : '',
  ].join('\n');
  const html =
    `<!DOCTYPE html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<title>${esc(title)}</title>\n<style>${CSS}</style>\n</head>\n<body>\n${body}\n` +
    `<footer>${esc(parts.generatedBy ?? pick(lang, 'Tạo bởi cchc', 'Made with cchc'))}</footer>\n</body>\n</html>\n`;
  return html.normalize('NFC');
}
