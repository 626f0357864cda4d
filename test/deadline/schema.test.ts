import { describe, expect, it } from 'vitest';
import { deadlineSchema, milestoneSchema } from '../../src/deadline/index.js';

describe('deadlineSchema', () => {
  it('accepts what the parser builds and rejects what cannot exist', () => {
    const ok = [
      { kind: 'quarter', raw: 'Quý II/2018', year: 2018, quarter: 2 },
      { kind: 'date', raw: '', date: '2024-02-29', before: true },
      { kind: 'range', raw: '', from: { kind: 'year', year: 2016 }, to: null },
      {
        kind: 'recurring',
        raw: '',
        every: 'quarter',
        times: 1,
        cutoff: { kind: 'day-of-month', day: 15, month: 'last', before: true },
        from: null,
        until: null,
        events: [],
      },
      { kind: 'unknown', raw: 'Quý V', reason: 'impossible-period' },
    ];
    for (const d of ok) expect(deadlineSchema().safeParse(d).success).toBe(true);
    const bad = [
      { kind: 'quarter', raw: '', year: 2018, quarter: 5 },
      { kind: 'month', raw: '', year: 2018, month: 13 },
      { kind: 'date', raw: '', date: '2023-02-29', before: false },
      { kind: 'year', year: 2018 }, // no raw
      { kind: 'range', raw: '', from: { kind: 'year', year: 2020 }, to: { kind: 'year', year: 2016 } },
      {
        kind: 'multi',
        raw: '',
        milestones: [
          { kind: 'year', year: 2019 },
          { kind: 'year', year: 2018 },
        ],
      },
      { kind: 'multi', raw: '', milestones: [{ kind: 'year', year: 2019 }] },
      {
        kind: 'recurring',
        raw: '',
        every: 'month',
        times: 1,
        cutoff: { kind: 'weekday', weekday: 5, time: null, before: true },
        from: null,
        until: null,
        events: [],
      },
      {
        kind: 'recurring',
        raw: '',
        every: 'quarter',
        times: 1,
        cutoff: { kind: 'day-of-month', day: 15, month: 4, before: true },
        from: null,
        until: null,
        events: [],
      },
      {
        kind: 'recurring',
        raw: '',
        every: 'year',
        times: 1,
        cutoff: { kind: 'day-of-year', month: 2, day: 30, before: true },
        from: null,
        until: null,
        events: [],
      },
      {
        kind: 'recurring',
        raw: '',
        every: 'week',
        times: 1,
        cutoff: { kind: 'weekday', weekday: 5, time: '25:00', before: true },
        from: null,
        until: null,
        events: [],
      },
      { kind: 'unknown', raw: '', reason: 'because' },
      { kind: 'later', raw: '' },
    ];
    for (const d of bad) expect(deadlineSchema().safeParse(d).success, JSON.stringify(d)).toBe(false);
  });

  it('validates milestones alone', () => {
    expect(milestoneSchema().safeParse({ kind: 'half', year: 2018, half: 2 }).success).toBe(true);
    expect(milestoneSchema().safeParse({ kind: 'half', year: 2018, half: 3 }).success).toBe(false);
  });
});

describe('UNKNOWN_DEADLINE_REASONS', () => {
  it('explains every reason the parser gives, in Vietnamese and English', async () => {
    const { UNKNOWN_DEADLINE_REASONS } = await import('../../src/deadline/index.js');
    const { parseDeadline } = await import('../../src/deadline/index.js');
    for (const text of ['', '30/02/2019', 'Quý V/2018', 'Quý III', 'banana']) {
      const d = parseDeadline(text);
      expect(d.kind).toBe('unknown');
      if (d.kind !== 'unknown') continue;
      const m = UNKNOWN_DEADLINE_REASONS[d.reason];
      expect(m.message.length).toBeGreaterThan(0);
      expect(m.messageEn.length).toBeGreaterThan(0);
      expect(m.message.normalize('NFC')).toBe(m.message);
    }
    expect(Object.isFrozen(UNKNOWN_DEADLINE_REASONS)).toBe(true);
  });
});

describe('deadlineSchema: completions, per-line parts and the newer cut-offs', () => {
  const q4 = { kind: 'quarter', year: 2017, quarter: 4 } as const;
  const cell = {
    kind: 'multi',
    raw: 'Trong quý IV/2017\nTừ quý IV/2017',
    milestones: [q4],
    parts: [
      { ...q4, raw: 'Trong quý IV/2017' },
      { kind: 'range', raw: 'Từ quý IV/2017', from: q4, to: null },
    ],
  };
  const rule = (cutoff: unknown, every = 'month') => ({
    kind: 'recurring',
    raw: '',
    every,
    times: 1,
    cutoff,
    from: null,
    until: null,
    events: [],
  });

  it('accepts them as the parser builds them', () => {
    for (const d of [
      cell,
      {
        kind: 'range',
        raw: '',
        from: { kind: 'year', year: 2017 },
        to: null,
        completeBy: { kind: 'year', year: 2017 },
      },
      rule({ kind: 'day-of-month', day: 10, month: 'next', before: true }, 'quarter'),
      rule({ kind: 'week-of-month', week: 'last' }),
      { kind: 'unknown', raw: 'Giữa năm 2019', reason: 'ambiguous' },
    ])
      expect(deadlineSchema().safeParse(d).success).toBe(true);
  });

  it('rejects what the parser never builds', () => {
    for (const d of [
      // a completion on a closed range
      {
        kind: 'range',
        raw: '',
        from: { kind: 'year', year: 2017 },
        to: { kind: 'year', year: 2018 },
        completeBy: { kind: 'year', year: 2017 },
      },
      // milestones that are not the parts' due milestones
      { ...cell, milestones: [{ kind: 'year', year: 2017 }] },
      // one part only
      { ...cell, parts: [cell.parts[0]] },
      // a part that is a rule, or a multi with parts of its own
      { ...cell, parts: [cell.parts[0], rule(null, 'quarter')] },
      { ...cell, parts: [cell.parts[0], cell], milestones: [q4] },
      // a week of the month in a quarterly rule; week 5
      rule({ kind: 'week-of-month', week: 2 }, 'quarter'),
      rule({ kind: 'week-of-month', week: 5 }),
      { kind: 'unknown', raw: '', reason: 'vague' },
    ])
      expect(deadlineSchema().safeParse(d).success).toBe(false);
  });
});
