/**
 * Checks a processing time given as data (JSON) or as text.
 *
 * @internal
 * @module
 */
import type { Issue, IssuePath } from '../core/result.js';
import { deepFreeze } from '../core/freeze.js';
import { clockMinutes } from './clock.js';
import { dossierIssues } from './messages.js';
import { parseProcessingTime, type ParseProcessingTimeOptions } from './parseProcessingTime.js';
import type { ProcessingStep, ProcessingTime } from './processingTime.js';

const MAX_DAYS = 3650;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function checkStep(v: Record<string, unknown>, path: IssuePath, issues: Issue[]): ProcessingStep | null {
  const amount = v['kind'] === 'working_hours' ? v['hours'] : v['days'];
  const n = typeof amount === 'number' ? amount : NaN;
  const bad = (unit: string): null => {
    issues.push(dossierIssues.invalidAmount(path, n, unit));
    return null;
  };
  switch (v['kind']) {
    case 'working_days': {
      if (!(n > 0 && n <= MAX_DAYS && Number.isInteger(n * 2))) return bad('ngày làm việc');
      const eq = v['equivalentHours'];
      if (typeof eq === 'number' && eq > 0) return { kind: 'working_days', days: n, equivalentHours: eq };
      return { kind: 'working_days', days: n };
    }
    case 'calendar_days':
      if (!(n > 0 && n <= MAX_DAYS && Number.isInteger(n))) return bad('ngày');
      return { kind: 'calendar_days', days: n };
    case 'working_hours':
      if (!(n > 0 && n <= MAX_DAYS * 24 && Number.isInteger(n * 60))) return bad('giờ');
      return { kind: 'working_hours', hours: n };
    default:
      issues.push(dossierIssues.unrecognised(path, JSON.stringify(v) ?? ''));
      return null;
  }
}

function checkValue(v: unknown, path: IssuePath, issues: Issue[], depth: number): ProcessingTime | null {
  if (!isRecord(v) || depth > 2) {
    issues.push(dossierIssues.unrecognised(path, String(JSON.stringify(v))));
    return null;
  }
  const raw = typeof v['raw'] === 'string' ? { raw: v['raw'] } : {};
  switch (v['kind']) {
    case 'same_day': {
      const cutoff = v['cutoff'];
      if (cutoff === undefined) return { kind: 'same_day', ...raw };
      if (clockMinutes(cutoff) < 0) {
        issues.push(dossierIssues.invalidTime([...path, 'cutoff'], cutoff));
        return null;
      }
      return { kind: 'same_day', cutoff: cutoff as string, ...raw };
    }
    case 'mixed': {
      const steps = v['steps'];
      if (!Array.isArray(steps) || steps.length === 0) {
        issues.push(dossierIssues.unrecognised([...path, 'steps'], String(JSON.stringify(steps))));
        return null;
      }
      const out: ProcessingStep[] = [];
      steps.forEach((s: unknown, i) => {
        const step = isRecord(s) ? checkStep(s, [...path, 'steps', i], issues) : null;
        if (!isRecord(s))
          issues.push(dossierIssues.unrecognised([...path, 'steps', i], String(JSON.stringify(s))));
        if (step !== null) out.push(step);
      });
      const total = v['totalDays'];
      if (total !== undefined) {
        const sum = out.reduce((a, s) => a + (s.kind === 'working_hours' ? s.hours / 8 : s.days), 0);
        if (total !== sum)
          issues.push(dossierIssues.totalMismatch(path, Number(total), sum, String(v['raw'] ?? '')));
        return { kind: 'mixed', steps: out, totalDays: sum, ...raw };
      }
      return { kind: 'mixed', steps: out, ...raw };
    }
    case 'two_appointments': {
      const first = checkValue(v['first'], [...path, 'first'], issues, depth + 1);
      const second = checkValue(v['second'], [...path, 'second'], issues, depth + 1);
      return first === null || second === null ? null : { kind: 'two_appointments', first, second, ...raw };
    }
    default: {
      const step = checkStep(v, path, issues);
      return step === null ? null : { ...step, ...raw };
    }
  }
}

/**
 * @internal A processing time from data: a {@link ProcessingTime} object, a
 * number of working days, or text for {@link parseProcessingTime}. Pushes
 * issues and returns null when invalid; the value returned is frozen.
 */
export function checkProcessingTime(
  v: unknown,
  path: IssuePath,
  issues: Issue[],
  parseOptions: ParseProcessingTimeOptions = {},
): ProcessingTime | null {
  if (typeof v === 'number') {
    if (!(v > 0 && v <= MAX_DAYS && Number.isInteger(v * 2))) {
      issues.push(dossierIssues.invalidWorkingDays(path, v));
      return null;
    }
    return deepFreeze({ kind: 'working_days', days: v });
  }
  if (typeof v === 'string') {
    const r = parseProcessingTime(v, { ...parseOptions, path });
    if (!r.ok) {
      for (const x of r.issues) issues.push(x);
      return null;
    }
    return r.value;
  }
  const before = issues.length;
  const value = checkValue(v, path, issues, 0);
  return value === null || issues.length > before ? null : deepFreeze(value);
}
