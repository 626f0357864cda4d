import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dossierStatus } from '../../src/dossier/status.js';
import { dossierStats } from '../../src/dossier/stats.js';
import { validateDossiers } from '../../src/dossier/validateDossiers.js';
import type { Dossier, DossierStatus } from '../../src/dossier/types.js';
import { addDays, assertIsoDate, fromDayNumber, toDayNumber } from '../../src/calendar/isoDate.js';
import { CchcError } from '../../src/core/result.js';

const D = assertIsoDate;

describe('dossierStatus', () => {
  const base = { id: 'H01', receivedOn: D('2026-02-13'), dueOn: D('2026-02-27') };

  it('is early before the appointment date, on time on it, late after it', () => {
    expect(dossierStatus({ ...base, returnedOn: D('2026-02-24') }, D('2026-03-31'))).toEqual({
      id: 'H01',
      status: 'early',
      dueOn: '2026-02-27',
      returnedOn: '2026-02-24',
      workingDaysLate: 0,
      daysLate: 0,
      workingDaysEarly: 3,
      workingDaysLeft: 0,
    });
    expect(dossierStatus({ ...base, returnedOn: D('2026-02-27') }, D('2026-03-31')).status).toBe('on_time');
    const late = dossierStatus({ ...base, returnedOn: D('2026-03-03') }, D('2026-03-31'));
    expect(late).toMatchObject({ status: 'late', workingDaysLate: 2, daysLate: 4 });
  });

  it('is open until the appointment date passes, then open and overdue with working days late', () => {
    expect(dossierStatus(base, D('2026-02-27'))).toMatchObject({ status: 'open', workingDaysLeft: 0 });
    // at Saturday 14/2/2026 (Tết): Mon 23 … Fri 27/2 are left
    expect(dossierStatus(base, D('2026-02-14'))).toMatchObject({ status: 'open', workingDaysLeft: 5 });
    expect(dossierStatus(base, D('2026-02-24'))).toMatchObject({ status: 'open', workingDaysLeft: 3 });
    expect(dossierStatus(base, D('2026-02-28'))).toMatchObject({
      status: 'open_overdue',
      workingDaysLate: 0,
      daysLate: 1,
    });
    expect(dossierStatus(base, D('2026-03-04'))).toMatchObject({
      status: 'open_overdue',
      workingDaysLate: 3,
      daysLate: 5,
    });
  });

  it('does not know at asOf a return dated after asOf', () => {
    const d = { ...base, returnedOn: D('2026-03-03') };
    expect(dossierStatus(d, D('2026-02-20'))).toEqual({
      id: 'H01',
      status: 'open',
      dueOn: '2026-02-27',
      workingDaysLate: 0,
      daysLate: 0,
      workingDaysEarly: 0,
      workingDaysLeft: 5,
    });
  });

  it('counts the appointment date from the processing time when the receipt gives none', () => {
    const d: Dossier = {
      id: 'H02',
      receivedOn: D('2026-02-13'),
      processingTime: { kind: 'working_days', days: 5 },
      returnedOn: D('2026-02-27'),
    };
    expect(dossierStatus(d, D('2026-03-31'))).toMatchObject({ status: 'on_time', dueOn: '2026-02-27' });
    expect(dossierStatus({ ...d, receivedAt: '17:30' }, D('2026-03-31'))).toMatchObject({
      status: 'early',
      dueOn: '2026-03-02',
    });
  });

  it('throws CchcError for a dossier that could not pass validation', () => {
    const bad = { id: 'X', receivedOn: D('2026-03-02') } as Dossier;
    expect(() => dossierStatus(bad, D('2026-03-31'))).toThrow(CchcError);
  });
});

describe('dossierStats', () => {
  const rows = [
    {
      id: '1',
      agencyId: 'stp',
      procedureId: 'p1',
      receivedOn: '2026-02-13',
      processingTime: 5,
      returnedOn: '2026-02-24',
    },
    {
      id: '2',
      agencyId: 'stp',
      procedureId: 'p1',
      receivedOn: '2026-02-13',
      processingTime: 5,
      returnedOn: '2026-02-27',
    },
    {
      id: '3',
      agencyId: 'stp',
      procedureId: 'p2',
      receivedOn: '2026-03-02',
      dueOn: '2026-03-09',
      returnedOn: '2026-03-10',
    },
    { id: '4', agencyId: 'snv', procedureId: 'p2', receivedOn: '2026-03-02', dueOn: '2026-03-09' },
    { id: '5', agencyId: 'snv', procedureId: 'p2', receivedOn: '2026-03-25', dueOn: '2026-04-01' },
    { id: '6', receivedOn: '2026-03-30', processingTime: 'Không quá 15 ngày' },
    { id: '7', agencyId: 'snv', receivedOn: '2026-04-02', dueOn: '2026-04-09' },
  ];
  const r = validateDossiers(rows);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  const dossiers = r.value;
  const asOf = D('2026-03-31');

  it('counts per agency with rates over resolved dossiers and overdue over all', () => {
    const s = dossierStats(dossiers, asOf, 'agency');
    expect(s.receivedAfterAsOf).toBe(1);
    expect(s.groups.map((g) => g.key)).toEqual(['', 'snv', 'stp']);
    const stp = s.groups.find((g) => g.key === 'stp');
    expect(stp).toMatchObject({ total: 3, resolved: 3, early: 1, onTime: 1, late: 1, pending: 0 });
    expect(stp?.rates).toEqual({ early: 1 / 3, onTime: 1 / 3, late: 1 / 3, timely: 2 / 3, overdue: 1 / 3 });
    const snv = s.groups.find((g) => g.key === 'snv');
    expect(snv).toMatchObject({ total: 2, resolved: 0, open: 1, openOverdue: 1 });
    expect(snv?.rates).toEqual({ early: null, onTime: null, late: null, timely: null, overdue: 0.5 });
    expect(s.total).toMatchObject({
      key: '',
      total: 6,
      early: 1,
      onTime: 1,
      late: 1,
      open: 2,
      openOverdue: 1,
    });
  });

  it('groups by procedure, by month of receipt, by a function, or not at all', () => {
    expect(dossierStats(dossiers, asOf, 'procedure').groups.map((g) => [g.key, g.total])).toEqual([
      ['', 1],
      ['p1', 2],
      ['p2', 3],
    ]);
    expect(dossierStats(dossiers, asOf, 'month').groups.map((g) => [g.key, g.total])).toEqual([
      ['2026-02', 2],
      ['2026-03', 4],
    ]);
    expect(
      dossierStats(dossiers, asOf, (d) => (d.returnedOn ? 'returned' : 'not')).groups.map((g) => g.key),
    ).toEqual(['not', 'returned']);
    expect(dossierStats(dossiers, asOf).groups).toHaveLength(1);
  });

  it('returns frozen results and leaves its input alone', () => {
    const s = dossierStats(dossiers, asOf, 'agency');
    expect(Object.isFrozen(s)).toBe(true);
    expect(Object.isFrozen(s.groups[0]?.rates)).toBe(true);
    expect(dossiers).toHaveLength(7);
  });
});

describe('status and stats — laws', () => {
  const dayN = fc.integer({ min: toDayNumber(D('2025-01-01')), max: toDayNumber(D('2026-12-31')) });
  const dossier = fc
    .record({
      received: dayN,
      dueAfter: fc.integer({ min: 0, max: 30 }),
      returnAfter: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
      agency: fc.constantFrom('a', 'b', 'c'),
    })
    .map(({ received, dueAfter, returnAfter, agency }) => ({ received, dueAfter, returnAfter, agency }));
  const list = fc.array(dossier, { maxLength: 60 }).map((xs) =>
    xs.map(
      (x, i): Dossier => ({
        id: String(i),
        agencyId: x.agency,
        receivedOn: fromDayNumber(x.received),
        dueOn: fromDayNumber(x.received + x.dueAfter),
        ...(x.returnAfter === undefined ? {} : { returnedOn: fromDayNumber(x.received + x.returnAfter) }),
      }),
    ),
  );

  it('agrees with the definitions, and the stats count exactly the statuses', () => {
    fc.assert(
      fc.property(list, dayN, (ds, asOfN) => {
        const asOf = fromDayNumber(asOfN);
        const expected: Record<DossierStatus, number> = {
          early: 0,
          on_time: 0,
          late: 0,
          open: 0,
          open_overdue: 0,
        };
        for (const d of ds) {
          if (d.receivedOn > asOf) continue;
          const s = dossierStatus(d, asOf);
          const due = d.dueOn as string;
          const ret = d.returnedOn !== undefined && d.returnedOn <= asOf ? d.returnedOn : undefined;
          if (ret === undefined) expect(s.status).toBe(asOf > due ? 'open_overdue' : 'open');
          else expect(s.status).toBe(ret < due ? 'early' : ret === due ? 'on_time' : 'late');
          expect(s.workingDaysLate <= s.daysLate).toBe(true);
          expect(s.daysLate > 0).toBe(s.status === 'late' || s.status === 'open_overdue');
          expected[s.status]++;
        }
        const stats = dossierStats(ds, asOf, 'agency');
        expect(stats.total).toMatchObject({
          early: expected.early,
          onTime: expected.on_time,
          late: expected.late,
          open: expected.open,
          openOverdue: expected.open_overdue,
        });
        const sum = stats.groups.reduce((a, g) => a + g.total, 0);
        expect(sum).toBe(stats.total.total);
        expect(stats.total.total + stats.receivedAfterAsOf).toBe(ds.length);
        for (const g of [...stats.groups, stats.total]) {
          if (g.resolved > 0)
            expect((g.rates.early ?? 0) + (g.rates.onTime ?? 0) + (g.rates.late ?? 0)).toBeCloseTo(1, 12);
          else expect(g.rates.timely).toBeNull();
        }
      }),
      { numRuns: 200 },
    );
  });

  it('moves a dossier only forward: once resolved at a date, resolved the same way later', () => {
    fc.assert(
      fc.property(list, dayN, fc.integer({ min: 0, max: 90 }), (ds, asOfN, later) => {
        for (const d of ds) {
          const a = dossierStatus(d, fromDayNumber(asOfN));
          const b = dossierStatus(d, addDays(fromDayNumber(asOfN), later));
          if (a.status === 'early' || a.status === 'on_time' || a.status === 'late')
            expect(b.status).toBe(a.status);
          if (a.status === 'open_overdue') expect(['late', 'open_overdue']).toContain(b.status);
        }
      }),
      { numRuns: 100 },
    );
  });
});
