/**
 * Every deadline phrase found in the four seed plans (task tables, reporting
 * sections and dated targets), with the kind and due date(s) checked by hand
 * against the plan text. See fixtures/seed-deadlines.json.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assertIsoDate } from '../../src/calendar/isoDate.js';
import {
  deadlineSchema,
  dueDate,
  formatDeadline,
  occurrences,
  parseDeadline,
} from '../../src/deadline/index.js';
import { withoutRaw } from './arbitraries.js';

interface Entry {
  source: string;
  plan: string;
  context: { year?: number; period?: { from: number; to: number } };
  task: string;
  text: string;
  kind: string;
  due: string | null;
  milestones?: string[];
  occurrences?: string[];
  before?: boolean;
  reason?: string;
  trigger?: string;
  from?: unknown;
  until?: unknown;
  completeBy?: unknown;
  /** The kinds of the parts of a cell with one deadline per line. */
  parts?: string[];
  /** Why the reading changed, or what the entry adds. */
  note?: string;
}

const entries = JSON.parse(
  readFileSync(new URL('./fixtures/seed-deadlines.json', import.meta.url), 'utf8'),
) as Entry[];

describe('seed plans: every deadline phrase', () => {
  it('holds phrases from all four plans', () => {
    const sources = new Set(entries.map((e) => e.source));
    expect(sources.size).toBe(4);
    expect(entries.length).toBeGreaterThanOrEqual(100);
  });

  it.each(entries.map((e) => [`${e.source.slice(0, 3)} ${e.task}: "${e.text}"`, e] as const))(
    '%s',
    (_name, e) => {
      const d = parseDeadline(e.text, e.context);
      expect(d.kind).toBe(e.kind);
      expect(dueDate(d)).toBe(e.due);
      expect(d.raw).toBe(e.text);
      expect(deadlineSchema().safeParse(d).success).toBe(true);
      const y = e.context.year ?? e.context.period?.from ?? 2000;
      const window = { from: assertIsoDate(`${y}-01-01`), to: assertIsoDate(`${y + 10}-12-31`) };
      if (e.milestones !== undefined) expect(occurrences(d, window)).toEqual(e.milestones);
      if (e.occurrences !== undefined) {
        const oneYear = { from: assertIsoDate(`${y}-01-01`), to: assertIsoDate(`${y}-12-31`) };
        expect(occurrences(d, oneYear)).toEqual(e.occurrences);
      }
      if (e.before !== undefined && d.kind === 'date') expect(d.before).toBe(e.before);
      if (e.reason !== undefined && d.kind === 'unknown') expect(d.reason).toBe(e.reason);
      if (e.trigger !== undefined && d.kind === 'event') expect(d.trigger).toBe(e.trigger);
      if (e.from !== undefined && (d.kind === 'continuous' || d.kind === 'range'))
        expect(d.from).toEqual(e.from);
      if (e.until !== undefined && d.kind === 'continuous') expect(d.until).toEqual(e.until);
      if (e.completeBy !== undefined) expect(d.kind === 'range' && d.completeBy).toEqual(e.completeBy);
      if (e.parts !== undefined) expect(d.kind === 'multi' && d.parts?.map((p) => p.kind)).toEqual(e.parts);
      // the canonical text reads back to the same deadline, without the context
      if (d.kind !== 'unknown') expect(withoutRaw(parseDeadline(formatDeadline(d)))).toEqual(withoutRaw(d));
    },
  );
});
