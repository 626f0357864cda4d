import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { cchc, expectGolden, sample } from './helpers.js';

const CRITERIA = sample('par-sample.criteria.json');
const INPUTS = sample('par-sample.inputs.json');
const tmp = mkdtempSync(join(tmpdir(), 'cchc-cli-'));
const file = (name: string, text: string) => {
  const p = join(tmp, name);
  writeFileSync(p, text, 'utf8');
  return p;
};

describe('cchc (built binary): help and usage errors', () => {
  it('prints help with an example for every command, exit 0', () => {
    for (const command of ['status', 'score', 'validate', 'deadline', 'schema', 'demo']) {
      const r = cchc([command, '--help']);
      expect(r.code, command).toBe(0);
      expect(r.stdout, command).toContain(`cchc ${command}`);
      expect(r.stdout, command).toMatch(/Ví dụ \/ example:\n\s+cchc /);
      expect(r.stderr).toBe('');
    }
    expect(cchc(['--help']).stdout).toContain('Lệnh / commands:');
  });

  it('answers usage errors with exit 2, a message on stderr and nothing on stdout', () => {
    const cases: (readonly string[])[] = [
      [],
      ['frobnicate'],
      ['status'], // no plan
      ['status', 'a.json', 'b.json'],
      ['status', 'plan.json', '--as-of', '2018-13-01'],
      ['status', 'plan.json', '--as-of', '31/02/2019'],
      ['status', 'plan.json', '--as-of', '2018-06-30', '--due-soon', 'bảy'],
      ['status', 'plan.json', '--as-of', '2018-06-30', '--format', 'pdf'],
      ['score', CRITERIA],
      ['schema', 'budget'],
      ['deadline'],
      ['deadline', 'Quý I', '--year', '18'],
      ['validate', 'a.json', '--unknown-flag'],
      ['validate', 'a.json', '--lang', 'fr'],
      ['validate', 'a.json', '--kind', 'budget'],
      ['demo', 'extra'],
      ['status', 'plan.json', '--excel', '--format', 'md'],
    ];
    for (const args of cases) {
      const r = cchc(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout, args.join(' ')).toBe('');
      expect(r.stderr.length, args.join(' ')).toBeGreaterThan(0);
    }
    expect(cchc(['status', 'plan.json', '--as-of', '31/02/2019']).stderr).toContain(
      'ngày 31/2/2019 không tồn tại',
    );
    expect(cchc(['status', 'plan.json', '--as-of', '31/02/2019', '--lang', 'en']).stderr).toContain(
      '2019-2-31 does not exist',
    );
    expect(cchc(['frobnicate', '--lang', 'en']).stderr).toContain('unknown command');
  });
});

describe('cchc deadline', () => {
  it('reads a quarter, a multi-milestone and a recurring deadline', () => {
    const q = cchc(['deadline', 'Quý II/2018']);
    expect(q.code).toBe(0);
    expect(q.stdout).toContain('Hạn hoàn thành: 30/06/2018');
    const m = cchc(['deadline', 'Quý II và IV năm 2018']);
    expect(m.stdout).toContain('Các mốc:        30/06/2018, 31/12/2018');
    const r = cchc(['deadline', 'Định kỳ hàng quý (trước ngày 15 của tháng cuối quý)', '--year', '2019']);
    expect(r.stdout).toContain('15/03/2019, 15/06/2019, 15/09/2019, 15/12/2019');
  });

  it('reads NFD text the same as NFC, and joins unquoted words', () => {
    const nfc = cchc(['deadline', 'Trong quý IV/2017']).stdout;
    expect(cchc(['deadline', 'Trong quý IV/2017'.normalize('NFD')]).stdout.normalize('NFC')).toBe(nfc);
    expect(cchc(['deadline', 'Trong', 'quý', 'IV/2017']).stdout).toBe(nfc);
  });

  it('gives machine-readable JSON with ISO dates', () => {
    const r = cchc(['deadline', 'trước ngày 15/11/2022', '--format', 'json']);
    const v = JSON.parse(r.stdout) as { kind: string; dueDate: string };
    expect(v.kind).toBe('date');
    expect(v.dueDate).toBe('2022-11-15');
  });

  it('says plainly when it does not understand, without a guess', () => {
    const r = cchc(['deadline', '30/02/2019']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('không đọc được');
    expect(r.stdout).not.toContain('Hạn hoàn thành');
  });
});

describe('cchc schema', () => {
  it('prints the plan and criteria JSON Schemas', () => {
    for (const which of ['plan', 'criteria']) {
      const r = cchc(['schema', which]);
      expect(r.code).toBe(0);
      const s = JSON.parse(r.stdout) as { type?: string; properties?: Record<string, unknown> };
      expect(s.type).toBe('object');
      expect(Object.keys(s.properties ?? {})).toContain(which === 'plan' ? 'groups' : 'nodes');
    }
  });
});

describe('cchc score', () => {
  it('ranks the sample units (golden)', () => {
    const r = cchc(['score', CRITERIA, INPUTS]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expectGolden('score-sample.txt', r.stdout);
  });

  it('writes CSV with dot decimals that a CSV reader reads back', () => {
    const r = cchc(['score', CRITERIA, INPUTS, '--format', 'csv']);
    const rows = Papa.parse<Record<string, string>>(r.stdout.trim(), { header: true }).data;
    expect(rows).toHaveLength(5);
    expect(rows[0]?.['rank']).toBe('1');
    for (const row of rows) expect(row['index']).toMatch(/^\d+(\.\d{1,2})?$/);
  });

  it('reads inputs from stdin with "-"', () => {
    const r = cchc(['score', CRITERIA, '-', '--format', 'json'], {
      stdin: JSON.stringify({ '1.1': 'đúng hạn', '1.2': 95 }),
    });
    expect(r.code).toBe(0);
    const v = JSON.parse(r.stdout) as { units: { total: number; max: number }[]; details: unknown[] };
    expect(v.units[0]?.total).toBe(3);
    expect(v.details.length).toBeGreaterThan(10);
  });

  it('answers bad inputs with every issue, exit 1, nothing on stdout', () => {
    const bad = file(
      'bad-inputs.json',
      JSON.stringify({ units: [{ id: 'a', inputs: { '1.1': 'sớm', '9.9': 1 } }] }),
    );
    const r = cchc(['score', CRITERIA, bad]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('units[0].inputs');
    expect(r.stderr.split('\n').filter(Boolean).length).toBeGreaterThanOrEqual(2);
  });

  it('scores against a built-in preset by its id', () => {
    const inputs = file(
      'province.json',
      JSON.stringify({ '1': 8, '2': 9, '3': 12, '4': 10, '5': 15, '6': 6, '7': 14, '8': 13 }),
    );
    const r = cchc(['score', 'vn-province-2017', inputs, '--format', 'json']);
    expect(r.code).toBe(0);
    const v = JSON.parse(r.stdout) as {
      set: { source: string | null };
      units: { total: number; max: number; index: number }[];
    };
    expect(v.units[0]).toMatchObject({ total: 87, max: 100, index: 87 });
    expect(v.set.source).toContain('2948/QĐ-BNV');
  });

  it('refuses an empty list of units', () => {
    const r = cchc(['score', CRITERIA, '-'], { stdin: '{ "units": [] }' });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('(stdin): units:');
  });

  it('names an unknown preset and the presets there are', () => {
    const r = cchc(['score', 'khong-co-bo-nay', INPUTS]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('khong-co-bo-nay');
    expect(r.stderr).toContain('vn-province-2017');
  });
});

describe('cchc validate', () => {
  it('accepts the sample criteria set', () => {
    const r = cchc(['validate', CRITERIA]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('13 tiêu chí thành phần');
  });

  it('lists every issue of a bad criteria set with its path, Vietnamese or English', () => {
    const bad = file(
      'bad-criteria.json',
      JSON.stringify({
        schemaVersion: 1,
        id: 'x',
        title: 'X',
        nodes: [
          {
            id: '1',
            title: 'A',
            max: 3,
            children: [{ id: '1.1', title: 'a', max: 1, rule: { kind: 'binary' } }],
          },
        ],
      }),
    );
    const vi = cchc(['validate', bad]);
    expect(vi.code).toBe(1);
    expect(vi.stdout).toBe('');
    expect(vi.stderr).toContain('nodes[0]');
    const en = cchc(['validate', bad, '--lang', 'en']);
    expect(en.stderr).not.toBe(vi.stderr);
    const json = cchc(['validate', bad, '--format', 'json']);
    expect(json.code).toBe(1);
    const v = JSON.parse(json.stdout) as { valid: boolean; issues: { path: string }[] };
    expect(v.valid).toBe(false);
    expect(v.issues.length).toBeGreaterThan(0);
  });

  it('reports unreadable files clearly: missing, not JSON, a folder', () => {
    const missing = cchc(['validate', join(tmp, 'khong-co.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toContain('Không tìm thấy tệp');
    const notJson = cchc(['validate', file('x.json', '{ "id": ')]);
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toContain('không phải JSON');
    expect(cchc(['validate', tmp]).code).toBe(1);
    expect(cchc(['validate', '-'], { stdin: 'not json' }).stderr).toContain('(stdin)');
  });
});
