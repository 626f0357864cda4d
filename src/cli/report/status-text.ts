/**
 * The status report as text for a terminal or a plain-text e-mail, in
 * Vietnamese: dd/mm/yyyy, decimal comma.
 *
 * @module
 */
import type { Paint } from '../format/color.js';
import { paint as makePaint } from '../format/color.js';
import { STATUS_LABELS, STATUSES } from '../format/labels.js';
import { renderTable, truncate } from '../format/table.js';
import { formatDateVi, formatRateVi } from '../format/vi.js';
import type { ComplianceLike } from './inputs.js';
import type { AreaRow, StatusReport } from './status-model.js';

const TITLE_WIDTH = 60;

function complianceCells(c: ComplianceLike | null): string[] {
  if (!c) return ['0', '0', '0', '0', '—', '—'];
  return [
    String(c.due),
    String(c.done),
    String(c.onTime),
    String(c.overdue),
    formatRateVi(c.doneRate),
    formatRateVi(c.onTimeRate),
  ];
}

const COMPLIANCE_HEADER = ['Đến hạn', 'Đã xong', 'Đúng hạn', 'Quá hạn', 'Tỷ lệ HT', 'Đúng hạn %'];

function areaTable(rows: readonly AreaRow[], first: string): string {
  return renderTable(
    [first, ...COMPLIANCE_HEADER],
    rows.map((r) => [truncate(r.title, 44), ...complianceCells(r.compliance)]),
    ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
  );
}

/** "2017-12" → "12/2017". */
export function monthLabel(month: string): string {
  return `${month.slice(5, 7)}/${month.slice(0, 4)}`;
}

/** The heading lines naming the plan and the date. */
export function planHeading(r: StatusReport): string[] {
  const lines = [r.plan.title];
  if (r.plan.documentNumber) {
    const date = r.plan.documentDate ? ` ngày ${formatDateVi(r.plan.documentDate)}` : '';
    const issuer = r.plan.issuer ? ` của ${r.plan.issuer}` : '';
    lines.push(`(Ban hành kèm theo Quyết định số ${r.plan.documentNumber}${date}${issuer})`);
  } else if (r.plan.issuer) {
    lines.push(`(${r.plan.issuer})`);
  }
  return lines;
}

/** Renders the status report; `p` colours overdue red and done green on a terminal. */
export function statusToText(r: StatusReport, p: Paint = makePaint(false)): string {
  const out: string[] = [];
  let n = 0;
  const section = (title: string) => out.push(p.bold(`${++n}. ${title}`));
  out.push(p.bold('BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH'));
  out.push(...planHeading(r));
  if (r.agency) out.push(`Cơ quan: ${p.bold(r.agency.name)} (nhiệm vụ chủ trì)`);
  out.push(`Tính đến ngày ${formatDateVi(r.asOf)} · sắp đến hạn: trong ${r.dueSoonDays} ngày tới`);
  out.push('');

  const c = r.compliance;
  section('TỔNG HỢP');
  out.push(
    `  ${r.taskCount} nhiệm vụ${r.agency ? ' chủ trì' : ''}; đến hạn ${c.due}, đã hoàn thành ${c.done} (đúng hạn ${c.onTime}), ` +
      `${p.red(`quá hạn ${c.overdue}`)}.`,
  );
  out.push(`  Tỷ lệ hoàn thành: ${formatRateVi(c.doneRate)}; tỷ lệ đúng hạn: ${formatRateVi(c.onTimeRate)}.`);
  out.push(
    renderTable(
      ['Tình trạng', 'Số nhiệm vụ'],
      STATUSES.filter((s) => r.counts[s] > 0).map((s) => [STATUS_LABELS[s].vi, String(r.counts[s])]),
      ['left', 'right'],
    ),
  );
  out.push('');

  section(r.agency ? 'NHIỆM VỤ QUÁ HẠN' : 'NHIỆM VỤ QUÁ HẠN THEO CƠ QUAN CHỦ TRÌ');
  if (r.overdueByAgency.length === 0) out.push('  Không có nhiệm vụ quá hạn.');
  for (const a of r.overdueByAgency) {
    out.push(`  ${p.bold(a.name)} — ${p.red(`${a.overdue.length} nhiệm vụ quá hạn`)}`);
    out.push(
      renderTable(
        ['Mã', 'Nhiệm vụ', 'Thời hạn', 'Hạn', 'Quá hạn'],
        a.overdue.map((t) => [
          t.taskId,
          truncate(t.title, TITLE_WIDTH),
          truncate(t.deadlineText, 22),
          formatDateVi(t.dueDate),
          p.red(`${t.daysOverdue ?? 0} ngày`),
        ]),
        ['left', 'left', 'left', 'left', 'right'],
        '    ',
      ),
    );
  }
  out.push('');

  section(`NHIỆM VỤ SẮP ĐẾN HẠN (trong ${r.dueSoonDays} ngày tới)`);
  if (r.dueSoon.length === 0) out.push('  Không có nhiệm vụ sắp đến hạn.');
  else
    out.push(
      renderTable(
        ['Mã', 'Nhiệm vụ', 'Chủ trì', 'Hạn', 'Còn lại'],
        r.dueSoon.map((t) => [
          t.taskId,
          truncate(t.title, TITLE_WIDTH),
          truncate(t.leads.join(', '), 30),
          formatDateVi(t.dueDate),
          p.yellow(`${t.daysLeft ?? 0} ngày`),
        ]),
        ['left', 'left', 'left', 'left', 'right'],
      ),
    );
  out.push('');

  if (r.areas.length > 0 || r.groups.length > 0 || !r.agency) {
    section('MỨC ĐỘ HOÀN THÀNH THEO LĨNH VỰC');
    out.push(r.areas.length > 0 ? areaTable(r.areas, 'Lĩnh vực') : areaTable(r.groups, 'Nhóm nhiệm vụ'));
    out.push('');
  }

  section('TÌNH HÌNH THỰC HIỆN THEO CƠ QUAN (nhiệm vụ chủ trì)');
  out.push(
    renderTable(
      [
        'Cơ quan',
        'Quá hạn',
        'Sắp hạn',
        'Đúng hạn',
        'Trễ hạn',
        'Chưa đến hạn',
        'Khác',
        'Tỷ lệ HT',
        'Đúng hạn %',
      ],
      r.agencies.map((a) => [
        truncate(a.name, 40),
        a.counts.overdue > 0 ? p.red(String(a.counts.overdue)) : '0',
        String(a.counts.due_soon),
        a.counts.done_on_time > 0 ? p.green(String(a.counts.done_on_time)) : '0',
        String(a.counts.done_late),
        String(a.counts.not_due),
        String(a.counts.ongoing + a.counts.awaiting_event + a.counts.unscheduled),
        formatRateVi(a.compliance?.doneRate),
        formatRateVi(a.compliance?.onTimeRate),
      ]),
      ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
    ),
  );
  out.push(
    p.dim(
      '  Tỷ lệ HT = số đã hoàn thành / số đến hạn; "Khác" = thường xuyên, chờ phát sinh, chưa xác định hạn.',
    ),
  );
  const months = r.months.filter((m) => m.compliance.due > 0);
  if (months.length > 0) {
    out.push('');
    section('THEO THÁNG ĐẾN HẠN');
    out.push(
      renderTable(
        ['Tháng', ...COMPLIANCE_HEADER],
        months.map((m) => [monthLabel(m.month), ...complianceCells(m.compliance)]),
        ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
      ),
    );
  }
  return out.join('\n') + '\n';
}
