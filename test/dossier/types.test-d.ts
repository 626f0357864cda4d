import { describe, expectTypeOf, it } from 'vitest';
import type {
  Dossier,
  DossierStatus,
  ProcessingTime,
  Result,
  DossierDue,
  DossierStats,
} from '../../src/index.js';
import { dossierDueDate, dossierStats, dossierStatus, parseProcessingTime } from '../../src/index.js';

describe('dossier types', () => {
  it('narrows processing times by kind', () => {
    const t = {} as ProcessingTime;
    if (t.kind === 'working_days') expectTypeOf(t.days).toEqualTypeOf<number>();
    if (t.kind === 'same_day') expectTypeOf(t.cutoff).toEqualTypeOf<string | undefined>();
    if (t.kind === 'two_appointments') expectTypeOf(t.second).toEqualTypeOf<ProcessingTime>();
  });

  it('answers with Results at the boundary and plain frozen values inside', () => {
    expectTypeOf(parseProcessingTime).returns.toEqualTypeOf<Result<ProcessingTime>>();
    expectTypeOf(dossierDueDate).returns.toEqualTypeOf<Result<DossierDue>>();
    expectTypeOf(dossierStatus).returns.toHaveProperty('status').toEqualTypeOf<DossierStatus>();
    expectTypeOf(dossierStats).returns.toEqualTypeOf<DossierStats>();
  });

  it('keeps dossiers read-only', () => {
    const d = {} as Dossier;
    // @ts-expect-error a validated dossier is read-only
    d.returnedOn = d.receivedOn;
    // @ts-expect-error dates are branded IsoDate, not any string
    const bad: Dossier = { id: 'x', receivedOn: '2026-01-01' };
    expectTypeOf(bad).toEqualTypeOf<Dossier>();
  });
});
