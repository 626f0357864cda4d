/**
 * The status report as text for a terminal or a plain-text e-mail, in
 * Vietnamese (dd/mm/yyyy, decimal comma) or English (`--lang en`), fitted to
 * a width (the terminal's, 80 columns otherwise): long titles wrap inside
 * their column.
 *
 * @module
 */
import type { Paint } from '../format/color.js';
import { paint as makePaint } from '../format/color.js';
import { areaLabel, STATUS_LABELS, STATUSES } from '../format/labels.js';
import { fmtOf, type Fmt, type Lang, pick } from '../format/locale.js';
import { oneLine } from '../format/safe.js';
import { type Cell, renderTable, textWidth, wrapText } from '../format/table.js';
import type { Compliance } from '../../evaluate/index.js';
import { type AreaRow, amendmentsLine, type StatusReport, titleOf } from './status-model.js';

/** How a text report is laid out. */
export interface TextOptions {
  readonly lang?: Lang;
  /** Columns to fit (80 by default). */
  readonly width?: number;
}

/** The width text reports use when the output is not a terminal. */
export const DEFAULT_WIDTH = 80;

function complianceCells(c: Compliance | null, f: Fmt): string[] {
  if (!c) return ['0', '0', '0', '0', '—', '—'];
  return [
    String(c.due),
    String(c.done),
    String(c.onTime),
    String(c.overdue),
    f.rate(c.doneRate),
    f.rate(c.onTimeRate),
  ];
}

/** Compliance column headings, two lines each so that the table fits 80 columns. */
export function complianceHeader(lang: Lang): string[] {
  return pick(
    lang,
    ['Đến\nhạn', 'Đã\nxong', 'Đúng\nhạn', 'Quá\nhạn', 'Tỷ lệ\nHT', 'Đúng\nhạn %'],
    ['Due', 'Done', 'On\ntime', 'Over-\ndue', 'Done\nrate', 'On-time\nrate'],
  );
}

/** "2017-12" → "12/2017" (Vietnamese) or "2017-12" (English). */
export function monthLabel(month: string, lang: Lang = 'vi'): string {
  return lang === 'en' ? month : `${month.slice(5, 7)}/${month.slice(0, 4)}`;
}

/** The title of an area row: the reform area's name, or the plan's own group title. */
export function areaTitle(r: StatusReport, row: AreaRow, lang: Lang): string {
  return r.areas.length > 0 ? areaLabel(row.key, lang) : row.title;
}

/** The heading lines naming the plan (users' text, not yet escaped). */
export function planHeading(r: StatusReport, lang: Lang = 'vi'): string[] {
  const f = fmtOf(lang);
  const lines = [r.plan.title];
  if (r.plan.documentNumber) {
    const date = r.plan.documentDate
      ? pick(lang, ` ngày ${f.longDate(r.plan.documentDate)}`, ` of ${f.longDate(r.plan.documentDate)}`)
      : '';
    const issuer = r.plan.issuer ? pick(lang, ` của ${r.plan.issuer}`, `, ${r.plan.issuer}`) : '';
    lines.push(
      pick(
        lang,
        `(Ban hành kèm theo Quyết định số ${r.plan.documentNumber}${date}${issuer})`,
        `(Issued with Decision No. ${r.plan.documentNumber}${date}${issuer})`,
      ),
    );
  } else if (r.plan.issuer) {
    lines.push(`(${r.plan.issuer})`);
  }
  return lines;
}

/** The line that says which day the report is about. */
export function asOfLine(r: StatusReport, lang: Lang): string {
  const f = fmtOf(lang);
  const today = r.asOfIsToday
    ? pick(lang, ' (hôm nay theo giờ Việt Nam, UTC+7)', ' (today in Vietnam, UTC+7)')
    : '';
  return pick(
    lang,
    `Tính đến ngày ${f.longDate(r.asOf)}${today} · sắp đến hạn: trong ${r.dueSoonDays} ngày tới`,
    `As of ${f.longDate(r.asOf)}${today} · due soon: within the next ${r.dueSoonDays} days`,
  );
}

/** The summary sentences; a plan without any deadline says so instead of counting zeros. */
export function summaryLines(r: StatusReport, lang: Lang): string[] {
  const f = fmtOf(lang);
  const c = r.compliance;
  const lead = r.agency ? pick(lang, ' chủ trì', ' led') : '';
  if (r.taskCount > 0 && r.undated === r.taskCount) {
    return [
      pick(
        lang,
        `${r.taskCount} nhiệm vụ${lead} không ghi thời hạn: kế hoạch không ghi thời hạn cho nhiệm vụ nào, nên chưa thể tính nhiệm vụ đến hạn, quá hạn hay tỷ lệ hoàn thành.`,
        `${r.taskCount} ${r.taskCount === 1 ? 'task' : 'tasks'}${lead} have no deadline: the plan gives none, so no task can be counted as due or overdue, and no rate can be computed.`,
      ),
    ];
  }
  const lines = [
    pick(
      lang,
      `${r.taskCount} nhiệm vụ${lead}; đến hạn ${c.due}, đã hoàn thành ${c.done} (đúng hạn ${c.onTime}), quá hạn ${c.overdue}.`,
      `${r.taskCount} ${r.taskCount === 1 ? 'task' : 'tasks'}${lead}; ${c.due} due, ${c.done} done (${c.onTime} on time), ${c.overdue} overdue.`,
    ),
    c.due === 0
      ? pick(
          lang,
          `Chưa có nhiệm vụ nào đến hạn tính đến ngày ${f.longDate(r.asOf)}.`,
          `No task has fallen due by ${f.longDate(r.asOf)}.`,
        )
      : pick(
          lang,
          `Tỷ lệ hoàn thành: ${f.rate(c.doneRate)}; tỷ lệ đúng hạn: ${f.rate(c.onTimeRate)}.`,
          `Done rate: ${f.rate(c.doneRate)}; on-time rate: ${f.rate(c.onTimeRate)}.`,
        ),
  ];
  if (r.undated > 0)
    lines.push(
      pick(
        lang,
        `${r.undated} nhiệm vụ không ghi thời hạn.`,
        `${r.undated} ${r.undated === 1 ? 'task has' : 'tasks have'} no deadline.`,
      ),
    );
  lines.push(...amendmentsLine(r, lang, f.date));
  return lines;
}

const days = (n: number, lang: Lang) => pick(lang, `${n} ngày`, `${n} ${n === 1 ? 'day' : 'days'}`);

/** Renders the status report; `p` colours overdue red and done green on a terminal. */
export function statusToText(r: StatusReport, p: Paint = makePaint(false), opts: TextOptions = {}): string {
  const lang = opts.lang ?? 'vi';
  const width = opts.width ?? DEFAULT_WIDTH;
  const f = fmtOf(lang);
  const out: string[] = [];
  let n = 0;
  const para = (text: string, indent = '') => out.push(wrapText(text, width, indent));
  const section = (title: string) => out.push(p.bold(wrapText(`${++n}. ${title}`, width)));
  const fitTo = (flex: readonly number[]) => ({ width, flex });
  const red = (text: string): Cell => ({ text, style: p.red });

  out.push(
    p.bold(
      wrapText(
        pick(
          lang,
          'BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH',
          'PROGRESS REPORT ON THE PUBLIC ADMINISTRATION REFORM PLAN',
        ),
        width,
      ),
    ),
  );
  for (const line of planHeading(r, lang)) para(line);
  if (r.agency)
    out.push(
      wrapText(
        pick(
          lang,
          `Cơ quan: ${oneLine(r.agency.name)} (nhiệm vụ chủ trì)`,
          `Agency: ${oneLine(r.agency.name)} (tasks it leads)`,
        ),
        width,
      ),
    );
  para(asOfLine(r, lang));
  out.push('');

  section(pick(lang, 'TỔNG HỢP', 'SUMMARY'));
  for (const line of summaryLines(r, lang)) para(line, '  ');
  out.push(
    renderTable(
      pick(lang, ['Tình trạng', 'Số nhiệm vụ'], ['Status', 'Tasks']),
      STATUSES.filter((s) => r.counts[s] > 0).map((s) => [STATUS_LABELS[s][lang], String(r.counts[s])]),
      ['left', 'right'],
      '  ',
      fitTo([0]),
    ),
  );
  out.push('');

  section(
    r.agency
      ? pick(lang, 'NHIỆM VỤ QUÁ HẠN', 'OVERDUE TASKS')
      : pick(lang, 'NHIỆM VỤ QUÁ HẠN THEO CƠ QUAN CHỦ TRÌ', 'OVERDUE TASKS BY LEAD AGENCY'),
  );
  if (r.overdueByAgency.length === 0)
    para(pick(lang, 'Không có nhiệm vụ quá hạn.', 'No task is overdue.'), '  ');
  for (const a of r.overdueByAgency) {
    const count = a.overdue.length;
    const name = oneLine(a.name);
    const tally = pick(
      lang,
      `${count} nhiệm vụ quá hạn`,
      `${count} overdue ${count === 1 ? 'task' : 'tasks'}`,
    );
    const heading = `  ${name} — ${tally}`;
    out.push(
      textWidth(heading) <= width
        ? `  ${p.bold(name)} — ${p.red(tally)}`
        : p.bold(wrapText(heading, width, '  ')),
    );
    out.push(
      renderTable(
        pick(
          lang,
          ['Mã', 'Nhiệm vụ', 'Thời hạn', 'Hạn', 'Quá hạn'],
          ['Id', 'Task', 'Deadline', 'Due', 'Overdue'],
        ),
        a.overdue.map((t) => [
          t.taskId,
          titleOf(t, lang),
          t.deadlineText,
          f.date(t.dueDate),
          red(days(t.daysOverdue ?? 0, lang)),
        ]),
        ['left', 'left', 'left', 'left', 'right'],
        '    ',
        fitTo([1, 2]),
      ),
    );
  }
  out.push('');

  section(
    pick(
      lang,
      `NHIỆM VỤ SẮP ĐẾN HẠN (trong ${r.dueSoonDays} ngày tới)`,
      `TASKS DUE SOON (within the next ${r.dueSoonDays} days)`,
    ),
  );
  if (r.dueSoon.length === 0)
    para(pick(lang, 'Không có nhiệm vụ sắp đến hạn.', 'No task is due soon.'), '  ');
  else
    out.push(
      renderTable(
        pick(lang, ['Mã', 'Nhiệm vụ', 'Chủ trì', 'Hạn', 'Còn lại'], ['Id', 'Task', 'Lead', 'Due', 'Left']),
        r.dueSoon.map((t) => [
          t.taskId,
          titleOf(t, lang),
          t.leads.join(', '),
          f.date(t.dueDate),
          { text: days(t.daysLeft ?? 0, lang), style: p.yellow },
        ]),
        ['left', 'left', 'left', 'left', 'right'],
        '  ',
        fitTo([1, 2]),
      ),
    );
  out.push('');

  if (r.areas.length > 0 || r.groups.length > 0 || !r.agency) {
    const byArea = r.areas.length > 0;
    section(pick(lang, 'MỨC ĐỘ HOÀN THÀNH THEO LĨNH VỰC', 'COMPLIANCE BY REFORM AREA'));
    if (r.compliance.due === 0) {
      para(
        r.undated === r.taskCount && r.taskCount > 0
          ? pick(
              lang,
              'Không tính được: không nhiệm vụ nào có thời hạn.',
              'Not computed: no task has a deadline.',
            )
          : pick(lang, 'Chưa có nhiệm vụ nào đến hạn.', 'No task has fallen due yet.'),
        '  ',
      );
    } else {
      const rows = byArea ? r.areas : r.groups;
      out.push(
        renderTable(
          [
            byArea ? pick(lang, 'Lĩnh vực', 'Reform area') : pick(lang, 'Nhóm nhiệm vụ', 'Task group'),
            ...complianceHeader(lang),
          ],
          rows.map((a) => [areaTitle(r, a, lang), ...complianceCells(a.compliance, f)]),
          ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
          '  ',
          fitTo([0]),
        ),
      );
    }
    out.push('');
  }

  section(pick(lang, 'TÌNH HÌNH THỰC HIỆN THEO CƠ QUAN (nhiệm vụ chủ trì)', 'BY AGENCY (tasks each leads)'));
  out.push(
    renderTable(
      pick(
        lang,
        [
          'Cơ quan',
          'Quá\nhạn',
          'Sắp\nhạn',
          'Đúng\nhạn',
          'Trễ\nhạn',
          'Chưa\nđến hạn',
          'Khác',
          'Tỷ lệ\nHT',
          'Đúng\nhạn %',
        ],
        [
          'Agency',
          'Over-\ndue',
          'Due\nsoon',
          'On\ntime',
          'Late',
          'Not\ndue',
          'Other',
          'Done\nrate',
          'On-time\nrate',
        ],
      ),
      r.agencies.map((a) => [
        a.name,
        a.counts.overdue > 0 ? red(String(a.counts.overdue)) : '0',
        String(a.counts.due_soon),
        a.counts.done_on_time > 0 ? { text: String(a.counts.done_on_time), style: p.green } : '0',
        String(a.counts.done_late),
        String(a.counts.not_due),
        String(a.counts.ongoing + a.counts.awaiting_event + a.counts.unscheduled),
        f.rate(a.compliance?.doneRate),
        f.rate(a.compliance?.onTimeRate),
      ]),
      ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
      '  ',
      fitTo([0]),
    ),
  );
  out.push(
    p.dim(
      wrapText(
        pick(
          lang,
          'Đúng hạn, trễ hạn: đã hoàn thành. Tỷ lệ HT = số đã hoàn thành / số đến hạn. "Khác" = thường xuyên, chờ phát sinh, chưa xác định thời hạn.',
          'On time, late: done. Done rate = done / due. "Other" = ongoing, awaiting an event, unscheduled.',
        ),
        width,
        '  ',
      ),
    ),
  );
  const months = r.months.filter((m) => m.compliance.due > 0);
  if (months.length > 0) {
    out.push('');
    section(pick(lang, 'THEO THÁNG ĐẾN HẠN', 'BY MONTH DUE'));
    out.push(
      renderTable(
        [pick(lang, 'Tháng', 'Month'), ...complianceHeader(lang)],
        months.map((m) => [monthLabel(m.month, lang), ...complianceCells(m.compliance, f)]),
        ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
        '  ',
        fitTo([0]),
      ),
    );
  }
  return out.join('\n') + '\n';
}
