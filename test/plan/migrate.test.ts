import { describe, expect, it } from 'vitest';
import { migratePlanJson, PLAN_SCHEMA_VERSION } from '../../src/plan/index.js';
import { vinhLongExcerpt } from './fixtures/vinhLongExcerpt.js';

describe('migratePlanJson', () => {
  it('returns a frozen NFC copy of a current file, leaving the input alone', () => {
    const input = JSON.parse(JSON.stringify(vinhLongExcerpt).normalize('NFD')) as Record<string, unknown>;
    const r = migratePlanJson(input);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toEqual(vinhLongExcerpt);
    expect(r.value).not.toBe(input);
    expect(Object.isFrozen(r.value)).toBe(true);
    expect(Object.isFrozen(input)).toBe(false);
    expect(PLAN_SCHEMA_VERSION).toBe(1);
  });

  it('refuses versions it does not know, passes anything else on for validation', () => {
    for (const v of [2, 0, -1]) {
      const r = migratePlanJson({ schemaVersion: v });
      expect(r.ok ? '' : r.issues.map((i) => `${i.path.join('.')} ${i.code}`).join()).toBe(
        'schemaVersion unsupported_version',
      );
    }
    expect(migratePlanJson({ schemaVersion: '1' })).toEqual({ ok: true, value: { schemaVersion: '1' } });
    expect(migratePlanJson('text')).toEqual({ ok: true, value: 'text' });
  });
});
