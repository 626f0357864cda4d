/**
 * `formatDeadline`: the canonical Vietnamese text of a deadline.
 *
 * @module
 */
import { ymd } from '../calendar/isoDate.js';
import { checkDeadline } from './guard.js';
import type { Deadline, Milestone, RecurrenceCutoff, RecurringDeadline } from './types.js';

const ROMAN = ['', 'I', 'II', 'III', 'IV'] as const;
const WEEKDAY = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'] as const;

const two = (n: number): string => (n < 10 ? `0${n}` : String(n));

function dmy(date: string): string {
  const { year, month, day } = ymd(date as Parameters<typeof ymd>[0]);
  return `${two(day)}/${two(month)}/${year}`;
}

/** One milestone, capitalised as at the start of a cell. */
function milestone(m: Milestone): string {
  switch (m.kind) {
    case 'date':
      return m.before ? `Trước ngày ${dmy(m.date)}` : dmy(m.date);
    case 'month':
      return `Tháng ${two(m.month)}/${m.year}`;
    case 'quarter':
      return `Quý ${ROMAN[m.quarter]}/${m.year}`;
    case 'half':
      return `6 tháng ${m.half === 1 ? 'đầu' : 'cuối'} năm ${m.year}`;
    case 'year':
      return `Năm ${m.year}`;
  }
}

/** A milestone inside a sentence ("trong năm 2018", "đến quý II/2018"). */
function inline(m: Milestone): string {
  const s = milestone(m);
  if (m.kind === 'date' && !m.before) return `ngày ${s}`;
  return s.charAt(0).toLowerCase() + s.slice(1);
}

function sameMilestone(a: Milestone, b: Milestone): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function list(ms: readonly Milestone[]): string {
  const first = ms[0];
  if (
    first !== undefined &&
    first.kind === 'quarter' &&
    ms.every((m) => m.kind === 'quarter' && m.year === first.year)
  ) {
    const qs = ms.map((m) => `Quý ${ROMAN[(m as Extract<Milestone, { kind: 'quarter' }>).quarter]}`);
    return `${join(qs)}/${first.year}`;
  }
  const parts: string[] = [];
  let before = false;
  for (const m of ms) {
    if (m.kind === 'date') {
      // A date right after a "trước ngày" date inherits it unless "ngày" is written.
      parts.push(m.before ? (before ? dmy(m.date) : `trước ngày ${dmy(m.date)}`) : `ngày ${dmy(m.date)}`);
      before = m.before;
    } else {
      parts.push(inline(m));
      before = false;
    }
  }
  const s = join(parts);
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function join(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} và ${parts[parts.length - 1]}`;
}

/** " trong năm 2018", " từ quý I/2018 đến năm 2019", " trong giai đoạn 2016-2020", "" */
function span(from: Milestone | null, until: Milestone | null): string {
  if (from === null && until === null) return '';
  if (from !== null && until !== null) {
    if (sameMilestone(from, until)) return ` trong ${inline(from)}`;
    if (from.kind === 'year' && until.kind === 'year') return ` trong giai đoạn ${from.year}-${until.year}`;
    return ` từ ${inline(from)} đến ${inline(until)}`;
  }
  if (from !== null) return ` từ ${inline(from)}`;
  return ` đến ${inline(until as Milestone)}`;
}

const UNIT_NAME: Readonly<Record<RecurringDeadline['every'], string>> = {
  week: 'tuần',
  month: 'tháng',
  quarter: 'quý',
  half: 'kỳ',
  year: 'năm',
};

function period(d: RecurringDeadline): string {
  if (d.every === 'half') return d.times === 1 ? 'Định kỳ 6 tháng' : `Định kỳ 6 tháng ${two(d.times)} kỳ`;
  const u = UNIT_NAME[d.every];
  return d.times === 1 ? `Định kỳ hằng ${u}` : `Định kỳ mỗi ${u} ${two(d.times)} kỳ`;
}

function cutoff(c: RecurrenceCutoff, every: RecurringDeadline['every']): string {
  switch (c.kind) {
    case 'day-of-month': {
      const day = `${c.before ? 'trước ' : ''}ngày ${two(c.day)}`;
      if (c.month === 'next')
        return every === 'month' ? `${day} của tháng sau` : `${day} của tháng đầu ${UNIT_NAME[every]} sau`;
      if (every === 'month') return day;
      const u = UNIT_NAME[every];
      if (c.month === 'last') return `${day} của tháng cuối ${u}`;
      if (c.month === 'first') return `${day} của tháng đầu ${u}`;
      return `${day} của tháng thứ ${c.month} của ${u}`;
    }
    case 'week-of-month':
      return c.week === 'last' ? 'tuần cuối của tháng' : `tuần thứ ${c.week} của tháng`;
    case 'weekday': {
      const t = c.time === null ? '' : `${c.time.replace(':', 'h')} `;
      return `${c.before ? 'trước ' : ''}${t}${WEEKDAY[c.weekday]}`;
    }
    case 'day-of-year':
      return `${c.before ? 'trước ' : ''}ngày ${two(c.day)} tháng ${two(c.month)}`;
    case 'month-of-year':
      return `tháng ${two(c.month)}`;
  }
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * The canonical Vietnamese text of a deadline: "Quý I/2018", "Tháng
 * 12/2017", "Năm 2018", "Trước ngày 15/11/2022", "Quý II và Quý IV/2018",
 * "Giai đoạn 2016-2020", "Thường xuyên trong năm 2018", "Định kỳ hằng quý,
 * trước ngày 15 của tháng cuối quý", "Hoàn thành và triển khai từ năm
 * 2017"; a cell with one deadline per line, one line per part. Reading it
 * back with {@link parseDeadline} gives an equal deadline (apart from `raw`);
 * an `unknown` deadline is shown as its source text.
 *
 * Throws a `CchcError` (`invalid_type`) when given a value that is not a
 * deadline.
 *
 * @example
 * ```ts
 * import { parseDeadline, formatDeadline } from 'cchc';
 * formatDeadline(parseDeadline('Quý I / 2018'));                  // 'Quý I/2018'
 * formatDeadline(parseDeadline('Quy II va IV nam 2018'));         // 'Quý II và Quý IV/2018'
 * formatDeadline(parseDeadline('Giai đoạn 20162020'));            // 'Giai đoạn 2016-2020'
 * formatDeadline(parseDeadline('Thường xuyên', { year: 2018 }));  // 'Thường xuyên trong năm 2018'
 * formatDeadline(parseDeadline('ngày 20 tháng cuối mỗi quý'));    // 'Định kỳ hằng quý, ngày 20 của tháng cuối quý'
 * ```
 */
export function formatDeadline(d: Deadline): string {
  checkDeadline('formatDeadline', d);
  switch (d.kind) {
    case 'date':
    case 'month':
    case 'quarter':
    case 'half':
    case 'year':
      return milestone(d);
    case 'multi':
      // one deadline per line, as the cell wrote them
      if (d.parts !== undefined) return d.parts.map(formatDeadline).join('\n');
      return list(d.milestones);
    case 'range': {
      const { from, to } = d;
      if (to === null && d.completeBy !== undefined) {
        const c = d.completeBy;
        if (sameMilestone(c, from)) return `Hoàn thành và triển khai từ ${inline(from)}`;
        return `Hoàn thành ${c.kind === 'date' ? inline(c) : `trong ${inline(c)}`} và triển khai từ ${inline(from)}`;
      }
      if (to === null) return `Từ ${inline(from)}`;
      if (from.kind === 'year' && to.kind === 'year') return `Giai đoạn ${from.year}-${to.year}`;
      return `Từ ${inline(from)} đến ${inline(to)}`;
    }
    case 'continuous':
      return `Thường xuyên${span(d.from, d.until)}${d.event === null ? '' : ` ${d.event}`}`;
    case 'recurring': {
      let s = period(d);
      if (d.cutoff !== null) s += `, ${cutoff(d.cutoff, d.every)}`;
      const b = span(d.from, d.until);
      if (b !== '') s += `,${b}`;
      for (const e of d.events) s += ` và ${e}`;
      return s;
    }
    case 'event': {
      if (d.after === null) return capitalise(d.trigger);
      const unit =
        d.after.unit === 'days' ? 'ngày' : d.after.unit === 'working-days' ? 'ngày làm việc' : 'tháng';
      return `Trong thời hạn ${d.after.amount} ${unit} ${d.trigger}`;
    }
    case 'unknown':
      return d.raw;
  }
}
