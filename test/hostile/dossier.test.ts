/**
 * The dossier functions on arguments that are not what their types say:
 * Proxies and getters that throw, cycles, options that are not objects, a
 * misspelt rule or choice (each silently kept its default before, so the
 * appointment date was counted by another rule), an `asOf` that is not a
 * date (compared as text before). Result functions return issues; the
 * others throw a CchcError.
 */
import { describe, expect, it } from 'vitest';
import { isoDate, type WorkCalendar } from '../../src/calendar/index.js';
import {
  dossierDueDate,
  dossierStats,
  dossierStatus,
  parseProcessingTime,
  validateDossiers,
} from '../../src/dossier/index.js';
import { failed, getter, revoked, thrown } from './support.js';

const cycle = (): object => {
  const o: Record<string, unknown> = { kind: 'working_days' };
  o['self'] = o;
  return o;
};

describe('dossierDueDate never throws', () => {
  it.each([
    ['a revoked Proxy as the date', () => dossierDueDate(revoked() as never, 5), ['receivedOn invalid_date']],
    [
      'a revoked Proxy as the time',
      () => dossierDueDate('2026-02-13', revoked() as never),
      ['processingTime unreadable'],
    ],
    [
      'a getter that throws in the time',
      () => dossierDueDate('2026-02-13', getter('kind') as never),
      ['processingTime.kind unreadable'],
    ],
    [
      'a time that contains itself',
      () => dossierDueDate('2026-02-13', cycle() as never),
      ['processingTime.self cycle'],
    ],
    ['null options', () => dossierDueDate('2026-02-13', 5, undefined, null as never), [' invalid_type']],
    [
      'a revoked Proxy as options',
      () => dossierDueDate('2026-02-13', 5, undefined, revoked() as never),
      [' unreadable'],
    ],
    [
      'a revoked Proxy as receivedAt',
      () => dossierDueDate('2026-02-13', 5, undefined, { receivedAt: revoked() } as never),
      ['receivedAt unreadable'],
    ],
    [
      'null as the calendar',
      () => dossierDueDate('2026-02-13', 5, null as never),
      [' invalid_work_calendar'],
    ],
    [
      'a calendar with every day a rest day',
      () =>
        dossierDueDate('2026-02-13', 5, {
          profile: 'state',
          weeklyRestDays: [0, 1, 2, 3, 4, 5, 6],
          data: [],
        } as WorkCalendar),
      ['weeklyRestDays invalid_work_calendar'],
    ],
  ])('answers %s with issues', (_name, call, expected) => {
    expect(failed(call())).toEqual(expected);
  });

  it('refuses a misspelt rule or choice (the default was silently used, moving the appointment date)', () => {
    // Received 17:30, after office hours: with offHours 'same_day' counted from that day.
    const sameDay = dossierDueDate('2026-03-02', 1, undefined, { receivedAt: '17:30', offHours: 'same_day' });
    expect(sameDay.ok && sameDay.value.dueOn).toBe('2026-03-03');
    expect(
      failed(
        dossierDueDate('2026-03-02', 1, undefined, { receivedAt: '17:30', offHours: 'same-day' } as never),
      ),
    ).toEqual(['offHours invalid_option']);
    expect(failed(dossierDueDate('2026-03-02', 1, undefined, { recievedAt: '17:30' } as never))).toEqual([
      'recievedAt unknown_field',
    ]);
    expect(
      failed(
        dossierDueDate('2026-03-02', 1, undefined, { byRegime: { nd61: { offHours: 'same_day' } } } as never),
      ),
    ).toEqual(['byRegime.nd61 invalid_option']);
    expect(
      failed(
        dossierDueDate('2026-03-02', 1, undefined, {
          byRegime: { 'nd118-2025': { halfDay: 'round_up' } },
        } as never),
      ),
    ).toEqual(['byRegime.nd118-2025.halfDay unknown_field']);
  });
});

describe('parseProcessingTime and validateDossiers options', () => {
  it('refuse a bareDays choice they do not know ("15 ngày" was read as calendar days)', () => {
    expect(failed(parseProcessingTime('Không quá 15 ngày', { bareDays: 'working_days' } as never))).toEqual([
      'bareDays invalid_option',
    ]);
    const r = parseProcessingTime('Không quá 15 ngày', { bareDays: 'working' });
    expect(r.ok && r.value.kind).toBe('working_days');
    expect(
      failed(
        validateDossiers([{ id: 'H1', receivedOn: '2026-02-13', processingTime: '15 ngày' }], {
          bareDays: 'work',
        } as never),
      ),
    ).toEqual(['options.bareDays invalid_option']);
    expect(failed(validateDossiers([], { unknownField: 'ignore' } as never))).toEqual([
      'options.unknownField unknown_field',
    ]);
  });

  it('answer options behind a revoked Proxy and text whose toString throws with issues', () => {
    expect(failed(parseProcessingTime('5 ngày', revoked() as never))).toEqual([' unreadable']);
    expect(failed(parseProcessingTime({ toString: null } as never))).toEqual([
      ' processing_time_unrecognised',
    ]);
    expect(failed(validateDossiers([], revoked() as never))).toEqual(['options unreadable']);
  });
});

describe('dossierStatus and dossierStats', () => {
  const d = {
    id: 'H1',
    receivedOn: isoDate('2026-03-02'),
    dueOn: isoDate('2026-03-09'),
    returnedOn: isoDate('2026-03-10'),
  };

  it('refuse an asOf that is not a date (it was compared with the dates as text)', () => {
    expect(dossierStatus(d, isoDate('2026-03-31')).status).toBe('late');
    expect(thrown(() => dossierStatus(d, '2026-3-31' as never))).toEqual(['asOf invalid_date']);
    expect(thrown(() => dossierStats([d], '2026-3-31' as never))).toEqual(['asOf invalid_date']);
  });

  it('refuse dossiers that are not a list and a groupBy they do not know (counted as none before)', () => {
    expect(thrown(() => dossierStats({ 0: d } as never, isoDate('2026-03-31')))).toEqual([
      'dossiers invalid_type',
    ]);
    expect(thrown(() => dossierStats([d], isoDate('2026-03-31'), 'agencyId' as never))).toEqual([
      'groupBy invalid_option',
    ]);
  });

  it('refuse options that are a Proxy or name a rule they do not know', () => {
    expect(thrown(() => dossierStatus(d, isoDate('2026-03-31'), revoked() as never))).toEqual([
      ' unreadable',
    ]);
    expect(thrown(() => dossierStatus(d, isoDate('2026-03-31'), null as never))).toEqual([' invalid_type']);
    expect(
      thrown(() => dossierStats([d], isoDate('2026-03-31'), 'none', { offHour: 'same_day' } as never)),
    ).toEqual(['offHour unknown_field']);
  });
});
