/**
 * The status report as data: a plan and its evaluation at a date, arranged the
 * way a Sở Nội vụ report reads (overdue by agency, due soon, compliance by
 * area and agency). Every format (text, md, csv, json, html) renders this.
 *
 * @module
 */
import { toDayNumber, type IsoDate } from '../../calendar/isoDate.js';
import { areaLabel, STATUSES, type TaskStatus } from '../format/labels.js';
import type { Compliance, PlanEvaluation } from '../../evaluate/index.js';
import type { Plan } from '../../plan/index.js';

/** One task line in a report. */
export interface TaskLine {
  readonly taskId: string;
  readonly title: string;
  readonly deadlineText: string;
  readonly dueDate: string | null;
  readonly daysOverdue: number | null;
  /** Days from the report date to the due date (due-soon tasks). */
  readonly daysLeft: number | null;
  readonly leads: readonly string[];
  /** Set when an amendment in force extended the deadline: "Quý II/2018 → Quý III/2018 (1520/QĐ-UBND)". */
  readonly extension?: string;
}

/** An amendment in force at the report date. */
export interface AmendmentLine {
  readonly id: string;
  readonly decidedOn: string;
  readonly document: string | null;
  readonly note: string | null;
}

/** A task's title, marked when its deadline was extended ("… [gia hạn: Quý II/2018 → Quý III/2018]"). */
export function titleOf(t: TaskLine, lang: 'vi' | 'en'): string {
  if (t.extension === undefined) return t.title;
  return `${t.title} [${lang === 'vi' ? 'gia hạn' : 'extended'}: ${t.extension}]`;
}

/** One agency's row. */
export interface AgencyRow {
  readonly agencyId: string;
  readonly name: string;
  readonly counts: Readonly<Record<TaskStatus, number>>;
  /** Lead assignments whose task has no deadline in the plan. */
  readonly undated: number;
  readonly compliance: Compliance | null;
  readonly overdue: readonly TaskLine[];
}

/** One area's (or group's) compliance. */
export interface AreaRow {
  readonly key: string;
  readonly title: string;
  readonly compliance: Compliance;
}

/** The status report. */
export interface StatusReport {
  readonly plan: {
    readonly id: string;
    readonly title: string;
    readonly issuer: string | null;
    readonly documentNumber: string | null;
    readonly documentDate: string | null;
  };
  /** Set when the report is one agency's own view (`forAgency`). */
  readonly agency: { readonly id: string; readonly name: string } | null;
  readonly asOf: string;
  /** True when no date was given and the report is as of today in Vietnam (UTC+7). */
  readonly asOfIsToday: boolean;
  readonly dueSoonDays: number;
  /** Tasks counted: every task of the plan, or one agency's lead assignments. */
  readonly taskCount: number;
  readonly counts: Readonly<Record<TaskStatus, number>>;
  /** Tasks counted whose deadline cell is empty in the plan (nothing to judge them by). */
  readonly undated: number;
  readonly compliance: Compliance;
  readonly overdueByAgency: readonly AgencyRow[];
  readonly dueSoon: readonly TaskLine[];
  readonly areas: readonly AreaRow[];
  readonly groups: readonly AreaRow[];
  readonly agencies: readonly AgencyRow[];
  /** What fell due each month up to the report date and how it stands (empty when not computed). */
  readonly months: readonly { readonly month: string; readonly compliance: Compliance }[];
  /** The amendments in force at the report date (absent when the plan has none in force). */
  readonly amendments?: readonly AmendmentLine[];
  /** Every lead and support assignment, for machine-readable formats. */
  readonly assignments: readonly (TaskLine & {
    readonly agencyId: string;
    readonly agencyName: string;
    readonly role: 'lead' | 'support';
    readonly status: TaskStatus;
  })[];
}

function zeroCounts(): Record<TaskStatus, number> {
  const c = {} as Record<TaskStatus, number>;
  for (const s of STATUSES) c[s] = 0;
  return c;
}

function dayNumber(iso: string): number {
  return toDayNumber(iso as IsoDate);
}

/** The sentence that lists the amendments in force, or none. */
export function amendmentsLine(r: StatusReport, lang: 'vi' | 'en', date: (iso: string) => string): string[] {
  const list = r.amendments;
  if (list === undefined || list.length === 0) return [];
  const items = list.map((a) => `${a.document ?? a.id} (${date(a.decidedOn)})`).join(', ');
  return [
    lang === 'vi'
      ? `Kế hoạch đã được sửa đổi, bổ sung theo ${list.length} văn bản đang có hiệu lực: ${items}.`
      : `The plan as amended by ${list.length} ${list.length === 1 ? 'amendment' : 'amendments'} in force: ${items}.`,
  ];
}

/**
 * Arranges a plan's evaluation as a report. Agencies appear in the plan's
 * order (in the overdue section, those with most overdue tasks first);
 * overdue tasks within an agency most overdue first, then in plan order.
 */
export function buildStatusReport(
  plan: Plan,
  evaluation: PlanEvaluation,
  opts: {
    readonly asOf: string;
    readonly dueSoonDays: number;
    readonly asOfIsToday?: boolean;
    /** Compliance month by month (`complianceByMonth` of the evaluation). */
    readonly months?: readonly { readonly month: string; readonly compliance: Compliance }[];
  },
): StatusReport {
  const names = new Map<string, string>();
  for (const c of plan.classes) names.set(c.id, c.name);
  for (const a of plan.agencies) names.set(a.id, a.name);
  const nameOf = (id: string) => names.get(id) ?? id;
  const tasks = new Map<
    string,
    { title: string; deadlineText: string; leads: readonly string[]; order: number; undated: boolean }
  >();
  for (const g of plan.groups) {
    for (const t of g.tasks) {
      tasks.set(t.id, {
        title: t.title,
        deadlineText: t.deadline.raw,
        leads: t.lead.map(nameOf),
        order: tasks.size,
        undated: t.deadline.raw.trim() === '',
      });
    }
  }
  const asOfDay = dayNumber(opts.asOf);
  const order = (taskId: string) => tasks.get(taskId)?.order ?? Number.MAX_SAFE_INTEGER;
  const extended = new Map<string, string>();
  for (const t of evaluation.tasks) {
    const list = t.extensions;
    if (list === undefined || list.length === 0) continue;
    const first = list[0];
    const last = list[list.length - 1];
    if (first === undefined || last === undefined) continue;
    extended.set(
      t.taskId,
      `${first.fromText} → ${last.toText} (${last.document?.number ?? last.amendmentId})`,
    );
  }
  const line = (e: { taskId: string; dueDate: string | null; daysOverdue?: number | null }): TaskLine => {
    const t = tasks.get(e.taskId);
    const out: TaskLine = {
      taskId: e.taskId,
      title: t?.title ?? e.taskId,
      deadlineText: t?.deadlineText ?? '',
      dueDate: e.dueDate,
      daysOverdue: e.daysOverdue ?? null,
      daysLeft: e.dueDate === null ? null : dayNumber(e.dueDate) - asOfDay,
      leads: t?.leads ?? [],
    };
    const x = extended.get(e.taskId);
    return x === undefined ? out : { ...out, extension: x };
  };

  const counts = zeroCounts();
  let undated = 0;
  for (const t of evaluation.tasks) {
    counts[t.status] += 1;
    if (tasks.get(t.taskId)?.undated) undated += 1;
  }
  const undatedTask = (id: string) => tasks.get(id)?.undated === true;

  const byAgency = new Map<
    string,
    { counts: Record<TaskStatus, number>; undated: number; overdue: TaskLine[] }
  >();
  const agencyOrder = plan.agencies.map((a) => a.id);
  const known = new Set(agencyOrder);
  for (const a of evaluation.assignments) {
    if (a.role !== 'lead') continue;
    let row = byAgency.get(a.agencyId);
    if (!row) {
      row = { counts: zeroCounts(), undated: 0, overdue: [] };
      byAgency.set(a.agencyId, row);
      if (!known.has(a.agencyId)) {
        known.add(a.agencyId);
        agencyOrder.push(a.agencyId);
      }
    }
    row.counts[a.status] += 1;
    if (undatedTask(a.taskId)) row.undated += 1;
    if (a.status === 'overdue') row.overdue.push(line(a));
  }
  const agencies: AgencyRow[] = [];
  for (const id of agencyOrder) {
    const row = byAgency.get(id);
    if (!row) continue;
    row.overdue.sort(
      (x, y) => (y.daysOverdue ?? 0) - (x.daysOverdue ?? 0) || order(x.taskId) - order(y.taskId),
    );
    agencies.push({
      agencyId: id,
      name: nameOf(id),
      counts: row.counts,
      undated: row.undated,
      compliance: evaluation.compliance.agencies[id] ?? null,
      overdue: row.overdue,
    });
  }
  const position = new Map(agencyOrder.map((id, i) => [id, i]));
  const overdueByAgency = agencies
    .filter((a) => a.overdue.length > 0)
    .sort(
      (x, y) =>
        y.overdue.length - x.overdue.length ||
        (position.get(x.agencyId) ?? 0) - (position.get(y.agencyId) ?? 0),
    );

  const dueSoon = evaluation.tasks
    .filter((t) => t.status === 'due_soon')
    .map(line)
    .sort((x, y) => (x.daysLeft ?? 0) - (y.daysLeft ?? 0) || order(x.taskId) - order(y.taskId));

  const areas: AreaRow[] = [];
  const seenAreas = new Set<string>();
  for (const g of plan.groups) {
    if (g.area === undefined || seenAreas.has(g.area)) continue;
    seenAreas.add(g.area);
    const c = evaluation.compliance.areas[g.area];
    if (c) areas.push({ key: g.area, title: areaLabel(g.area), compliance: c });
  }
  const groups: AreaRow[] = [];
  for (const g of plan.groups) {
    const c = evaluation.compliance.groups[g.id];
    if (c) groups.push({ key: g.id, title: g.title, compliance: c });
  }

  return {
    plan: {
      id: plan.id,
      title: plan.title,
      issuer: plan.issuer ?? null,
      documentNumber: plan.document?.number ?? null,
      documentDate: plan.document?.date ?? null,
    },
    agency: null,
    asOf: opts.asOf,
    asOfIsToday: opts.asOfIsToday ?? false,
    dueSoonDays: opts.dueSoonDays,
    taskCount: evaluation.tasks.length,
    counts,
    undated,
    compliance: evaluation.compliance.plan,
    overdueByAgency,
    dueSoon,
    areas,
    groups,
    agencies,
    months: opts.months ?? [],
    ...(plan.appliedAmendments > 0
      ? {
          amendments: plan.amendments.slice(0, plan.appliedAmendments).map((a) => ({
            id: a.id,
            decidedOn: a.decidedOn,
            document: a.document?.number ?? null,
            note: a.note ?? null,
          })),
        }
      : {}),
    // Computed when a machine format asks (JSON, CSV): one row per assignment
    // can be a million rows, which the text, Markdown and HTML reports never need.
    get assignments() {
      return evaluation.assignments.map((a) => {
        const t = tasks.get(a.taskId);
        return {
          taskId: a.taskId,
          title: t?.title ?? a.taskId,
          deadlineText: t?.deadlineText ?? '',
          dueDate: a.dueDate,
          daysOverdue: a.daysOverdue ?? null,
          daysLeft: a.dueDate === null ? null : dayNumber(a.dueDate) - asOfDay,
          leads: t?.leads ?? [],
          agencyId: a.agencyId,
          agencyName: nameOf(a.agencyId),
          role: a.role,
          status: a.status,
        };
      });
    },
  };
}

const NO_COMPLIANCE: Compliance = {
  due: 0,
  done: 0,
  onTime: 0,
  overdue: 0,
  doneRate: null,
  onTimeRate: null,
};

/**
 * One agency's own view of a status report: its lead assignments counted,
 * its overdue and due-soon tasks, its compliance, and its months when given
 * (`complianceByMonth(evaluation, { agencyId })`). Areas and groups are left
 * out: compliance by area is counted for the plan, not per agency.
 */
export function forAgency(
  report: StatusReport,
  agency: { readonly id: string; readonly name: string },
  months: readonly { readonly month: string; readonly compliance: Compliance }[] = [],
): StatusReport {
  const row = report.agencies.find((a) => a.agencyId === agency.id);
  const counts = row?.counts ?? zeroCounts();
  const own = () => report.assignments.filter((a) => a.agencyId === agency.id);
  const dueSoon = own()
    .filter((a) => a.role === 'lead' && a.status === 'due_soon')
    .map(({ taskId, title, deadlineText, dueDate, daysOverdue, daysLeft, leads }) => ({
      taskId,
      title,
      deadlineText,
      dueDate,
      daysOverdue,
      daysLeft,
      leads,
    }));
  return {
    plan: report.plan,
    agency: { id: agency.id, name: agency.name },
    asOf: report.asOf,
    asOfIsToday: report.asOfIsToday,
    dueSoonDays: report.dueSoonDays,
    taskCount: STATUSES.reduce((n, s) => n + counts[s], 0),
    counts,
    undated: row?.undated ?? 0,
    compliance: row?.compliance ?? NO_COMPLIANCE,
    overdueByAgency: row && row.overdue.length > 0 ? [row] : [],
    dueSoon,
    areas: [],
    groups: [],
    agencies: row ? [row] : [],
    months,
    get assignments() {
      return own();
    },
  };
}
