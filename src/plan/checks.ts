/**
 * Cross-field checks of plan JSON: unique ids, known agency and class
 * references, year or period, real dates. They read the input loosely, so
 * they run (and report) even where the schema found other problems.
 *
 * @internal
 * @module
 */
import { isIsoDate } from '../calendar/isoDate.js';
import type { Issue, IssuePath } from '../core/result.js';
import { msg, type IdKind } from './messages.js';

type Loose = Readonly<Record<string, unknown>>;

function obj(v: unknown): Loose | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Loose) : undefined;
}
function own(o: Loose, key: string): unknown {
  return Object.hasOwn(o, key) ? o[key] : undefined;
}
function list(v: unknown): readonly unknown[] {
  return Array.isArray(v) ? v : [];
}
function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** Reports repeated ids of one kind; returns first index by id. */
function uniqueIds(
  items: readonly unknown[],
  kind: IdKind,
  pathOf: (i: number) => IssuePath,
  out: Issue[],
): Map<string, IssuePath> {
  const seen = new Map<string, IssuePath>();
  items.forEach((item, i) => {
    const o = obj(item);
    const id = o === undefined ? undefined : str(own(o, 'id'));
    if (id === undefined) return;
    const first = seen.get(id);
    if (first !== undefined) out.push(msg.duplicateId([...pathOf(i), 'id'], kind, id, first));
    else seen.set(id, [...pathOf(i), 'id']);
  });
  return seen;
}

/**
 * The cross-field errors of plan JSON. (Its warnings, such as a class with
 * no member, are computed on the loaded plan: see `planWarnings`.)
 *
 * @internal
 */
export function crossChecks(input: unknown): Issue[] {
  const errors: Issue[] = [];
  const root = obj(input);
  if (root === undefined) return errors;
  const agencies = list(own(root, 'agencies'));
  const classes = list(own(root, 'classes'));
  const groups = list(own(root, 'groups'));

  if (own(root, 'year') !== undefined && own(root, 'period') !== undefined)
    errors.push(msg.yearAndPeriod(['period']));
  const period = obj(own(root, 'period'));
  if (period !== undefined) {
    const from = own(period, 'from');
    const to = own(period, 'to');
    if (typeof from === 'number' && typeof to === 'number' && to < from)
      errors.push(msg.periodReversed(['period'], from, to));
  }
  const doc = obj(own(root, 'document'));
  const date = doc === undefined ? undefined : own(doc, 'date');
  if (typeof date === 'string' && !isIsoDate(date)) errors.push(msg.invalidDate(['document', 'date'], date));

  const agencyIds = uniqueIds(agencies, 'agency', (i) => ['agencies', i], errors);
  const classIds = uniqueIds(classes, 'class', (i) => ['classes', i], errors);
  classes.forEach((c, i) => {
    const id = str(own(obj(c) ?? {}, 'id'));
    const first = id === undefined ? undefined : agencyIds.get(id);
    if (id !== undefined && first !== undefined)
      errors.push(msg.duplicateId(['classes', i, 'id'], 'class', id, first));
  });

  agencies.forEach((a, i) => {
    const agency = obj(a) ?? {};
    const self = str(own(agency, 'id'));
    const ended = own(agency, 'endedOn');
    if (typeof ended === 'string' && !isIsoDate(ended))
      errors.push(msg.invalidDate(['agencies', i, 'endedOn'], ended));
    list(own(agency, 'succeededBy')).forEach((sx, k) => {
      const s = obj(sx) ?? {};
      const path = ['agencies', i, 'succeededBy', k];
      const on = own(s, 'on');
      if (typeof on === 'string' && !isIsoDate(on)) errors.push(msg.invalidDate([...path, 'on'], on));
      const d = own(obj(own(s, 'document')) ?? {}, 'date');
      if (typeof d === 'string' && !isIsoDate(d))
        errors.push(msg.invalidDate([...path, 'document', 'date'], d));
      list(own(s, 'agencyIds')).forEach((id, j) => {
        if (typeof id !== 'string') return;
        if (id === self) errors.push(msg.selfSuccession([...path, 'agencyIds', j], id));
        else if (!agencyIds.has(id)) errors.push(msg.unknownAgency([...path, 'agencyIds', j], id));
      });
    });
  });

  agencies.forEach((a, i) => {
    list(own(obj(a) ?? {}, 'classes')).forEach((c, k) => {
      if (typeof c === 'string' && !classIds.has(c))
        errors.push(msg.unknownClass(['agencies', i, 'classes', k], c));
    });
  });

  const known = (id: string): boolean => agencyIds.has(id) || classIds.has(id);
  const checkRefs = (refs: unknown, path: IssuePath): void => {
    list(refs).forEach((r, k) => {
      if (typeof r === 'string' && r !== '' && !known(r)) errors.push(msg.unknownAgency([...path, k], r));
    });
  };

  uniqueIds(groups, 'group', (i) => ['groups', i], errors);
  const taskIds = new Map<string, IssuePath>();
  groups.forEach((g, gi) => {
    const tasks = list(own(obj(g) ?? {}, 'tasks'));
    tasks.forEach((t, ti) => {
      const task = obj(t);
      if (task === undefined) return;
      const id = str(own(task, 'id'));
      if (id !== undefined) {
        const first = taskIds.get(id);
        if (first !== undefined)
          errors.push(msg.duplicateId(['groups', gi, 'tasks', ti, 'id'], 'task', id, first));
        else taskIds.set(id, ['groups', gi, 'tasks', ti, 'id']);
      }
      checkRefs(own(task, 'lead'), ['groups', gi, 'tasks', ti, 'lead']);
      checkRefs(own(task, 'support'), ['groups', gi, 'tasks', ti, 'support']);
    });
  });

  uniqueIds(list(own(root, 'targets')), 'target', (i) => ['targets', i], errors);
  const reporting = list(own(root, 'reporting'));
  uniqueIds(reporting, 'reporting', (i) => ['reporting', i], errors);
  reporting.forEach((r, i) => {
    checkRefs(own(obj(r) ?? {}, 'from'), ['reporting', i, 'from']);
  });
  return errors;
}
