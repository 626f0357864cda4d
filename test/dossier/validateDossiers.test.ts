import { describe, expect, it } from 'vitest';
import { validateDossiers } from '../../src/dossier/validateDossiers.js';

function codes(input: unknown, options?: Parameters<typeof validateDossiers>[1]): [string, string][] {
  const r = validateDossiers(input, options);
  return r.ok ? [] : r.issues.map((i) => [i.path.join('.'), i.code]);
}

describe('validateDossiers', () => {
  it('accepts dossiers with an appointment date or a processing time in any form', () => {
    const r = validateDossiers([
      {
        id: 'H01',
        agencyId: 'Sở Tư pháp'.normalize('NFD'),
        receivedOn: '2026-02-13',
        processingTime: 'Không quá 05 ngày làm việc',
      },
      { id: 'H02', receivedOn: '2026-02-13', processingTime: 5, completedOn: '2026-02-20' },
      {
        id: 'H03',
        receivedOn: '2026-02-13',
        receivedAt: '09:15',
        processingTime: { kind: 'working_hours', hours: 4 },
      },
      { id: 'H04', receivedOn: '2024-02-29', dueOn: '2024-03-07', returnedOn: '2024-03-07' },
    ]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value[0]?.agencyId).toBe('Sở Tư pháp'.normalize('NFC'));
    expect(r.value[0]?.processingTime).toMatchObject({ kind: 'working_days', days: 5 });
    expect(r.value[1]?.returnedOn).toBe('2026-02-20');
    expect(Object.isFrozen(r.value)).toBe(true);
    expect(Object.isFrozen(r.value[2]?.processingTime)).toBe(true);
  });

  it('reports every problem with its path', () => {
    expect(
      codes([
        { id: 'A', receivedOn: '2026-02-30', dueOn: '2026-03-02' },
        { id: 'B', receivedOn: '2026-03-02', dueOn: '2026-03-01', returnedOn: '2025-12-31' },
        { id: 'C', receivedOn: '2026-03-02' },
        { id: 'A', receivedOn: '2026-03-02', dueOn: '2026-03-03' },
        { receivedOn: '2026-03-02', dueOn: '2026-03-03', note: 'x' },
        { id: 'E', receivedOn: '2026-03-02', processingTime: 'Không quá 02 tháng' },
        { id: 'F', receivedOn: '2026-03-02', processingTime: 'Trong 04 giờ' },
        { id: 'G', receivedOn: '2026-03-02', receivedAt: '8h', dueOn: '2026-03-03' },
        {
          id: 'H',
          receivedOn: '2026-03-02',
          dueOn: '2026-03-03',
          returnedOn: '2026-03-03',
          completedOn: '2026-03-04',
        },
        'not a dossier',
      ]),
    ).toEqual([
      ['0.receivedOn', 'invalid_date'],
      ['1.dueOn', 'dossier_date_before_receipt'],
      ['1.returnedOn', 'dossier_date_before_receipt'],
      ['2', 'dossier_due_missing'],
      ['3.id', 'dossier_duplicate_id'],
      ['4.note', 'unknown_field'],
      ['4.id', 'dossier_missing_id'],
      ['5.processingTime', 'processing_time_unit_unsupported'],
      ['6.receivedAt', 'received_time_required'],
      ['7.receivedAt', 'invalid_time'],
      ['8.completedOn', 'dossier_conflicting_return'],
      ['9', 'invalid_type'],
    ]);
    expect(codes({})).toEqual([['', 'invalid_type']]);
  });

  it('leaves its input alone', () => {
    const input = [
      {
        id: ' H01 ',
        receivedOn: '2026-03-02',
        processingTime: { kind: 'working_days', days: 2 },
        completedOn: '2026-03-03',
      },
    ];
    const copy = structuredClone(input);
    const r = validateDossiers(input);
    expect(input).toEqual(copy);
    expect(r.ok && r.value[0]).toEqual({
      id: 'H01',
      receivedOn: '2026-03-02',
      processingTime: { kind: 'working_days', days: 2 },
      returnedOn: '2026-03-03',
    });
  });

  it('drops unknown fields when asked', () => {
    const r = validateDossiers([{ id: 'A', receivedOn: '2026-03-02', dueOn: '2026-03-03', note: 'x' }], {
      unknownFields: 'ignore',
    });
    expect(r.ok && r.value[0]).toEqual({ id: 'A', receivedOn: '2026-03-02', dueOn: '2026-03-03' });
  });
});
